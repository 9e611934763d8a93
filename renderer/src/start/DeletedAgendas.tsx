import type { AgendaSummary } from '../../../shared/domain/agenda';
import { formatDate, formatPeriod } from '../../../shared/format';
import { Button } from '../components/Button';
import { VisuallyHidden } from '../components/VisuallyHidden';

interface Props {
  agendas: AgendaSummary[];
  onRestore: (agenda: AgendaSummary) => void;
}

/** Deleted agendas, each with "Terugzetten". */
export function DeletedAgendas({ agendas, onRestore }: Props) {
  return (
    <section aria-labelledby="kop-verwijderd" className="wa-deleted">
      <h2 className="utrecht-heading-2" id="kop-verwijderd">Verwijderde werkagenda’s</h2>
      <ul className="utrecht-unordered-list wa-plain-list">
        {agendas.map((agenda) => (
          <li className="utrecht-unordered-list__item wa-deleted__item" key={agenda.id}>
            <span>
              {agenda.title} ({agenda.sectorName}, {formatPeriod(agenda.startYear, agenda.endYear)})
              {agenda.deletedAt ? <span className="wa-muted">, verwijderd op {formatDate(agenda.deletedAt)}</span> : null}
            </span>
            <Button appearance="secondary" onClick={() => onRestore(agenda)}>
              Terugzetten<VisuallyHidden> {agenda.title}</VisuallyHidden>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
