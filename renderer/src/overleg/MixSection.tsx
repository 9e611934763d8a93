import { actionMix, type ActionMix } from '../../../shared/actionMix';
import type { OverlegView } from './useOverleg';

const columns = [
  { key: 'nieuw', label: 'Nieuw', pick: (mix: ActionMix) => mix.byNature.nieuw },
  { key: 'voortgezet', label: 'Voortgezet', pick: (mix: ActionMix) => mix.byNature.voortgezet },
  { key: 'bestaand', label: 'Bestaande praktijk', pick: (mix: ActionMix) => mix.byNature.bestaand },
  { key: 'sector', label: 'Door de sector', pick: (mix: ActionMix) => mix.byActor.sector },
  { key: 'werkgevers', label: 'Door werkgevers', pick: (mix: ActionMix) => mix.byActor.werkgevers },
  { key: 'partner', label: 'Door partners', pick: (mix: ActionMix) => mix.byActor.partner },
];

/** How many actions per sector are new, continued or existing practice, and who carries them out (seed 003 §3.3). */
export function MixSection({ view }: { view: OverlegView }) {
  return (
    <section className="wa-section" aria-labelledby="kop-overleg-mix">
      <h2 className="utrecht-heading-2" id="kop-overleg-mix" tabIndex={-1}>Nieuw of bestaand, en wie uitvoert</h2>
      <p className="utrecht-paragraph">
        Per sector hoeveel acties nieuw zijn, voortgezet uit de vorige werkagenda of bestaande praktijk, en of de sector zelf, de werkgevers of partners ze uitvoeren.
      </p>
      <div className="wa-table-wrapper">
        <table className="utrecht-table utrecht-table--html-table wa-overleg-mix">
          <caption className="wa-caption">Acties per sector naar aard en uitvoerder</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Sector</th>
              <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">Acties</th>
              {columns.map((column) => <th key={column.key} className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{column.label}</th>)}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {view.agendas.map((agenda) => {
              const mix = actionMix(agenda.actions);
              return (
                <tr className="utrecht-table__row" key={agenda.agendaId}>
                  <th className="utrecht-table__cell wa-row-title" scope="row">{view.columnLabels.get(agenda.agendaId) ?? agenda.sectorName}</th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{mix.total}</td>
                  {columns.map((column) => <td key={column.key} className="utrecht-table__cell utrecht-table__cell--numeric">{column.pick(mix)}</td>)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
