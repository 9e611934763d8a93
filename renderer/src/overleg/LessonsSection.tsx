import { evaluationResultLabels } from '../../../shared/domain/cycle';
import { actionStatusLabels } from '../../../shared/domain/monitoring';
import { countWords, dutchList } from '../../../shared/format';
import { resultCountWords, type TypeLessons } from '../../../shared/overleg';
import type { OverlegView } from './useOverleg';

const headingId = (type: TypeLessons) => `kop-overleg-les-${type.typeId}`;

function TypeLessonsBlock({ type, labels }: { type: TypeLessons; labels: Map<string, string> }) {
  return (
    <section className="wa-overleg-lessons" aria-labelledby={headingId(type)}>
      <h3 className="utrecht-heading-3" id={headingId(type)}>{type.typeId}. {type.typeName}</h3>
      <p className="utrecht-paragraph wa-overleg-lessons__counts">{resultCountWords(type.counts)}; in {countWords(type.sectorCount, 'sector', 'sectoren')}.</p>
      <ul className="wa-plain-list wa-overleg-lessons__sectors">
        {type.sectors.map((sector) => (
          <li key={sector.agendaId} className="wa-overleg-lessons__sector">
            <h4 className="utrecht-heading-4">{labels.get(sector.agendaId) ?? sector.sectorName}</h4>
            {sector.actions.map((action) => (
              <div key={action.id} className="wa-overleg-lessons__action">
                <p className="utrecht-paragraph"><strong>{action.title}</strong> <span className="wa-muted">({actionStatusLabels[action.status].toLowerCase()})</span></p>
                <dl className="wa-overleg-lessons__facts">
                  <dt>Werkte de actie?</dt>
                  <dd>{action.result ? evaluationResultLabels[action.result] : <span className="wa-muted">Geen oordeel.</span>}</dd>
                  <dt>Waarom</dt>
                  <dd>{action.why || <span className="wa-muted">Niet beschreven.</span>}</dd>
                  <dt>Wat hebben we geleerd?</dt>
                  <dd>{action.lesson || <span className="wa-muted">Niet beschreven.</span>}</dd>
                </dl>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Wat hielp?": the success factors named in the evaluations, how often and by whom. */
function HelpedTable({ view }: { view: OverlegView }) {
  if (view.helped.length === 0) return <p className="utrecht-paragraph wa-muted">Geen van de evaluaties noemt nog een succesfactor bij “Wat hielp?”.</p>;
  return (
    <div className="wa-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table wa-overleg-mix">
        <caption className="wa-caption">Wat hielp volgens de evaluaties (succesfactoren uit het onderzoek)</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Succesfactor</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Acties</th>
            <th className="utrecht-table__header-cell" scope="col">Sectoren</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {view.helped.map((factor) => (
            <tr className="utrecht-table__row" key={factor.code}>
              <th className="utrecht-table__cell wa-row-title" scope="row">{`${factor.code}. ${factor.title}`}</th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{factor.actionCount}</td>
              <td className="utrecht-table__cell">{dutchList(factor.sectors)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What the sectors' evaluations say per action type (seed 003 §6.1.1, recommendation 4),
 * so one sector learns from another. Headings per type and per sector make it
 * navigable with a screen reader; nothing here is interactive.
 */
export function LessonsSection({ view }: { view: OverlegView }) {
  return (
    <section className="wa-section" aria-labelledby="kop-overleg-lessen">
      <h2 className="utrecht-heading-2" id="kop-overleg-lessen" tabIndex={-1}>Wat werkte per actietype</h2>
      {view.lessons.length === 0 ? (
        <p className="utrecht-paragraph">Nog geen enkele sector heeft een actie geëvalueerd. Een evaluatie schrijft de sector bij Evaluatie van de eigen werkagenda.</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            Per actietype wat de sectoren in hun evaluatie schrijven: werkte de actie, waarom, en wat ze ervan leerden. Alleen geëvalueerde acties staan hier.
          </p>
          {view.lessons.map((type) => <TypeLessonsBlock key={type.typeId} type={type} labels={view.columnLabels} />)}
        </>
      )}
      <HelpedTable view={view} />
    </section>
  );
}
