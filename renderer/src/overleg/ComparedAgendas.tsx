import { Link } from 'react-router';
import type { OverlegAgenda, SectorGroup } from '../../../shared/domain/overleg';
import { formatPeriod } from '../../../shared/format';
import { revisionLabel, signoffLabel, signoffModifier, sourceLabels } from './words';

/** Which agenda of each sector is compared: its revision, sign-off and where it came from. Own agendas link to their Plan. */
export function ComparedAgendas({ agendas, group }: { agendas: OverlegAgenda[]; group: SectorGroup | null }) {
  return (
    <section className="wa-section" aria-labelledby="kop-overleg-agendas">
      <h2 className="utrecht-heading-2" id="kop-overleg-agendas" tabIndex={-1}>Vergeleken werkagenda’s</h2>
      {agendas.length === 0 ? (
        <p className="utrecht-paragraph">
          {group ? `Geen werkagenda’s van de groep “${group.name}” in deze periode.` : "Geen werkagenda’s in deze periode."}
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            Van elke werkagenda telt de nieuwste vastgestelde versie. Is er geen vastgestelde versie, dan telt de nieuwste versie ter ondertekening, en anders het concept.
          </p>
          <div className="wa-table-wrapper">
            <table className="utrecht-table utrecht-table--html-table wa-overleg-table" aria-labelledby="kop-overleg-agendas">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Sector</th>
                  <th className="utrecht-table__header-cell" scope="col">Werkagenda</th>
                  <th className="utrecht-table__header-cell" scope="col">Periode</th>
                  <th className="utrecht-table__header-cell" scope="col">Versie</th>
                  <th className="utrecht-table__header-cell" scope="col">Ondertekening</th>
                  <th className="utrecht-table__header-cell" scope="col">Herkomst</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {agendas.map((agenda) => (
                  <tr className="utrecht-table__row" key={agenda.agendaId}>
                    <th className="utrecht-table__cell wa-row-title" scope="row">{agenda.sectorName}</th>
                    <td className="utrecht-table__cell">
                      {agenda.source === 'eigen'
                        ? <Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${agenda.agendaId}`}>{agenda.title}</Link>
                        : agenda.title}
                    </td>
                    <td className="utrecht-table__cell wa-nowrap">{formatPeriod(agenda.startYear, agenda.endYear)}</td>
                    <td className="utrecht-table__cell wa-nowrap">{revisionLabel(agenda)}</td>
                    <td className="utrecht-table__cell">
                      <span className={`utrecht-status-badge wa-overleg-signoff wa-overleg-signoff--${signoffModifier(agenda)}`}>{signoffLabel(agenda)}</span>
                    </td>
                    <td className="utrecht-table__cell">{sourceLabels[agenda.source]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
