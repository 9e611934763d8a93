import type { PredecessorResults } from '../../../shared/cycle/predecessorResults';

/** The same figures as the table "Wat de vorige werkagenda opleverde" in the Word export and the draft Terugblik. */
export function PredecessorResultsTable({ results }: { results: PredecessorResults }) {
  return (
    <>
      {results.actions.length === 0 ? <p className="utrecht-paragraph">De vorige werkagenda had geen acties.</p> : (
        <div className="wa-table-wrapper">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="wa-caption">Acties van de vorige werkagenda</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Actie', 'Status', 'Resultaat van de evaluatie', 'Les'].map((label) => <th key={label} className="utrecht-table__header-cell" scope="col">{label}</th>)}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {results.actions.map((action) => (
                <tr className="utrecht-table__row" key={action.id}>
                  <th className="utrecht-table__cell wa-row-title" scope="row">{action.title}</th>
                  <td className="utrecht-table__cell">{action.statusLabel}</td>
                  <td className="utrecht-table__cell">{action.resultLabel}</td>
                  <td className="utrecht-table__cell">{action.lesson || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {results.targets.length === 0 ? <p className="utrecht-paragraph">De vorige werkagenda had geen meetbare doelen.</p> : (
        <div className="wa-table-wrapper">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="wa-caption">Doelen van de vorige werkagenda</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                {['Doel', 'Uitkomst', 'Toelichting'].map((label) => <th key={label} className="utrecht-table__header-cell" scope="col">{label}</th>)}
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {results.targets.map((target) => (
                <tr className="utrecht-table__row" key={target.id}>
                  <th className="utrecht-table__cell wa-row-title" scope="row">{target.indicator}{target.actionTitle ? ` (actie: ${target.actionTitle})` : ''}</th>
                  <td className="utrecht-table__cell">{target.verdictLabel}</td>
                  <td className="utrecht-table__cell">{target.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="utrecht-paragraph"><strong>Banen:</strong> {results.jobsSentence}</p>
    </>
  );
}
