import { cycleCheckCodes, cycleCheckLabels } from '../../../shared/overleg';
import type { OverlegView } from './useOverleg';

/**
 * Cycle completeness per sector (seed 003 §4.2): seven checks, each "Ja" or
 * "Nee" with what was found. Checks, not a ranking: there is no total.
 */
export function CycleChecksSection({ view }: { view: OverlegView }) {
  const labels = cycleCheckCodes.map((code) => ({ code, label: cycleCheckLabels[code] }));
  return (
    <section className="wa-section" aria-labelledby="kop-overleg-cyclus">
      <h2 className="utrecht-heading-2" id="kop-overleg-cyclus" tabIndex={-1}>Volledigheid van de beleidscyclus</h2>
      <p className="utrecht-paragraph">
        Per sector of de werkagenda elke stap van de beleidscyclus (plannen, uitvoeren, controleren en bijsturen) op papier zet. Dit is geen rangorde: elke controle staat op zichzelf
        en geeft aanleiding tot een gesprek, niet tot een cijfer.
      </p>
      <div className="wa-table-wrapper wa-overleg-checks-wrapper">
        <table className="utrecht-table utrecht-table--html-table wa-overleg-checks">
          <caption className="wa-caption">Controles van de beleidscyclus per sector</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Sector</th>
              {labels.map((entry) => <th key={entry.code} className="utrecht-table__header-cell" scope="col">{entry.label}</th>)}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {view.checks.map(({ agenda, checks }) => (
              <tr className="utrecht-table__row" key={agenda.agendaId}>
                <th className="utrecht-table__cell wa-row-title wa-overleg-checks__sector" scope="row">{view.columnLabels.get(agenda.agendaId) ?? agenda.sectorName}</th>
                {checks.map((check) => (
                  <td key={check.code} className="utrecht-table__cell wa-overleg-check">
                    <span className={`wa-overleg-check__answer wa-overleg-check__answer--${check.ok ? 'ja' : 'nee'}`}>{check.ok ? 'Ja' : 'Nee'}</span>
                    <span className="wa-overleg-check__detail">{check.detail}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
