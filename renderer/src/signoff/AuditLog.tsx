import { useMemo, useState } from 'react';
import type { AuditEvent } from '../../../shared/domain/signoff';
import { countWords, formatDateTime } from '../../../shared/format';
import { auditKindLabels } from '../../../shared/labels';
import { filterLogbook, type LogbookFilter } from '../../../shared/logbook';
import { Button } from '../components/Button';
import { LogbookFilterBar } from './LogbookFilterBar';

/** A long Logboek shows a page at a time, so the screen stays quick with years of lines. */
const pageSize = 100;
const everything: LogbookFilter = { group: 'alles', actor: 'iedereen', text: '' };

/** "Logboek": every change to this agenda, who made it and when, newest first; filterable. */
export function AuditLog({ events }: { events: readonly AuditEvent[] }) {
  const [filter, setFilter] = useState<LogbookFilter>(everything);
  const [shown, setShown] = useState(pageSize);
  // The server sends lines newest first, lines of one moment in the order written; a stable sort keeps that.
  const sorted = useMemo(() => [...events].sort((a, b) => b.at.localeCompare(a.at)), [events]);
  const actors = useMemo(() => [...new Set(events.map((event) => event.actor).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'nl')), [events]);
  const kept = useMemo(() => filterLogbook(sorted, filter), [sorted, filter]);
  const filtered = kept.length !== sorted.length;
  const change = (next: LogbookFilter) => { setFilter(next); setShown(pageSize); };

  return (
    <section className="wa-section" aria-labelledby="kop-logboek">
      <h2 className="utrecht-heading-2" id="kop-logboek">Logboek</h2>
      <p className="utrecht-paragraph">
        Elke wijziging in deze werkagenda: in het plan, de uitvoering en de evaluatie, bij het aanbieden, ondertekenen en uitwisselen.
        Het nieuwste staat bovenaan. Bij een wijziging staat wat er eerst stond en wat er nu staat.
      </p>
      {sorted.length === 0 ? <p className="utrecht-paragraph wa-muted">Er staat nog niets in het logboek.</p> : (
        <>
          <LogbookFilterBar filter={filter} actors={actors} onChange={change} />
          <p className="utrecht-paragraph" role="status">
            {filtered ? `${kept.length} van ${countWords(sorted.length, 'regel', 'regels')}` : countWords(sorted.length, 'regel', 'regels')}
            {filtered && kept.length > 0 ? ' voldoen aan uw keuze.' : ''}
            {filtered && kept.length === 0 ? ' – geen enkele voldoet aan uw keuze.' : ''}
          </p>
          {filtered ? <Button appearance="subtle" onClick={() => change(everything)}>Alles weer tonen</Button> : null}
          {kept.length > 0 ? <LogTable events={kept.slice(0, shown)} /> : null}
          {kept.length > shown ? (
            <Button onClick={() => setShown(shown + pageSize)}>
              {`Toon ${Math.min(pageSize, kept.length - shown)} oudere regels (${kept.length - shown} nog niet getoond)`}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

function LogTable({ events }: { events: readonly AuditEvent[] }) {
  return (
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
          {events.map((event) => (
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
  );
}
