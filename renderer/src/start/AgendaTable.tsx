import { Link } from 'react-router';
import type { AgendaSummary } from '../../../shared/domain/agenda';
import { formatDate, formatNumber, formatPeriod, formatScore } from '../../../shared/format';
import { keyCountWords, statusWords } from '../../../shared/keys';
import { useReference } from '../api/ReferenceContext';
import { Button } from '../components/Button';
import { VisuallyHidden } from '../components/VisuallyHidden';

interface Props {
  sector: string;
  agendas: AgendaSummary[];
  onDelete: (agenda: AgendaSummary) => void;
}

/** The agendas of one sector, by period. */
export function AgendaTable({ sector, agendas, onDelete }: Props) {
  const { actionTypes } = useReference();
  const headingId = `sector-${agendas[0]?.sectorId ?? sector}`;
  const sorted = [...agendas].sort((a, b) => b.startYear - a.startYear || b.endYear - a.endYear);
  return (
    <div className="wa-table-wrapper">
      <h3 className="utrecht-heading-3" id={headingId}>{sector}</h3>
      <table className="utrecht-table utrecht-table--html-table wa-agenda-table" aria-labelledby={headingId}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Periode</th>
            <th className="utrecht-table__header-cell" scope="col">Werkagenda</th>
            <th className="utrecht-table__header-cell" scope="col">Status</th>
            <th className="utrecht-table__header-cell" scope="col">Score</th>
            <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col">Acties</th>
            <th className="utrecht-table__header-cell" scope="col">Laatst gewijzigd</th>
            <th className="utrecht-table__header-cell" scope="col"><VisuallyHidden>Verwijderen</VisuallyHidden></th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {sorted.map((agenda) => (
            <tr className="utrecht-table__row" key={agenda.id}>
              <td className="utrecht-table__cell wa-nowrap">{formatPeriod(agenda.startYear, agenda.endYear)}</td>
              <th className="utrecht-table__cell wa-row-title" scope="row">
                <Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${agenda.id}`}>{agenda.title}</Link>
              </th>
              <td className="utrecht-table__cell">
                {statusWords(agenda.status, agenda.vastgesteldKeys)}
                {agenda.status !== 'vastgesteld' && agenda.vastgesteldNumber !== null ? (
                  <span className="wa-muted"> (versie {agenda.vastgesteldNumber} vastgesteld{agenda.vastgesteldKeys ? `, ${keyCountWords(agenda.vastgesteldKeys)}` : ''})</span>
                ) : null}
              </td>
              <td className="utrecht-table__cell">{formatScore(agenda.score, actionTypes.length)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{formatNumber(agenda.actionCount)}</td>
              <td className="utrecht-table__cell wa-nowrap">{formatDate(agenda.updatedAt)}</td>
              <td className="utrecht-table__cell">
                <Button appearance="danger-subtle" onClick={() => onDelete(agenda)}>
                  Verwijderen<VisuallyHidden> {agenda.title}</VisuallyHidden>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
