import type { AuditEvent } from '../../../shared/domain/signoff';
import { formatDateTime } from '../../../shared/format';
import { auditKindLabels } from '../../../shared/labels';

/** "Logboek": who did what when with this agenda, newest first. */
export function AuditLog({ events }: { events: readonly AuditEvent[] }) {
  const sorted = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="wa-section" aria-labelledby="kop-logboek">
      <h2 className="utrecht-heading-2" id="kop-logboek">Logboek</h2>
      <p className="utrecht-paragraph">Alles wat er met deze werkagenda is gebeurd bij het aanbieden, becommentariëren, ondertekenen en uitwisselen, het nieuwste eerst.</p>
      {sorted.length === 0 ? <p className="utrecht-paragraph wa-muted">Er staat nog niets in het logboek.</p> : (
        <div className="wa-table-wrapper">
          <table className="utrecht-table utrecht-table--html-table wa-signoff-table wa-signoff-log" aria-labelledby="kop-logboek">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Datum en tijd</th>
                <th className="utrecht-table__header-cell" scope="col">Wie</th>
                <th className="utrecht-table__header-cell" scope="col">Wat</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {sorted.map((event) => (
                <tr className="utrecht-table__row" key={event.id}>
                  <td className="utrecht-table__cell wa-nowrap">{formatDateTime(event.at)}</td>
                  <td className="utrecht-table__cell">{event.actor || '–'}</td>
                  <td className="utrecht-table__cell">
                    <strong>{auditKindLabels[event.kind]}</strong>{event.summary ? `: ${event.summary}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
