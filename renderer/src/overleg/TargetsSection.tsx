import { overlegTargetStatuses, overlegTargetStatusLabels } from '../../../shared/overleg';
import { targetStatusRule } from '../../../shared/targetStatus';
import type { OverlegView } from './useOverleg';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Check per sector: how many measurable targets are behaald, op koers, loopt achter or nog niet gemeten (computed in the core with targetVerdict). */
export function TargetsSection({ view }: { view: OverlegView }) {
  return (
    <section className="wa-section" aria-labelledby="kop-overleg-doelen">
      <h2 className="utrecht-heading-2" id="kop-overleg-doelen" tabIndex={-1}>Doelen per sector</h2>
      <p className="utrecht-paragraph">
        Hoe de meetbare doelen van elke sector ervoor staan, vandaag of op 31 december van het laatste jaar als de werkagenda al is afgelopen. {targetStatusRule} Een doel zonder oordeel telt hier als nog niet gemeten.
      </p>
      <div className="wa-table-wrapper">
        <table className="utrecht-table utrecht-table--html-table wa-overleg-targets">
          <caption className="wa-caption">Doelen per sector naar stand</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Sector</th>
              {overlegTargetStatuses.map((status) => (
                <th key={status} className="utrecht-table__header-cell wa-numeric" scope="col">{capitalise(overlegTargetStatusLabels[status])}</th>
              ))}
              <th className="utrecht-table__header-cell wa-numeric" scope="col">Totaal</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {view.targets.map((row) => (
              <tr className="utrecht-table__row" key={row.agendaId}>
                <th className="utrecht-table__cell wa-row-title" scope="row">{view.columnLabels.get(row.agendaId) ?? row.sectorName}</th>
                {overlegTargetStatuses.map((status) => (
                  <td key={status} className={`utrecht-table__cell wa-numeric${row.counts[status] === 0 ? ' wa-muted' : ''}`}>{row.counts[status]}</td>
                ))}
                <td className="utrecht-table__cell wa-numeric">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
