import { formatScore } from '../../../shared/format';
import type { TypeMatrix } from '../../../shared/overleg';

/** The last row of both matrix views: each agenda's score, the number of distinct action types it uses. */
export function MatrixScores({ matrix, cellClassName = '' }: { matrix: TypeMatrix; cellClassName?: string }) {
  return (
    <tfoot className="wa-overleg-matrix__scores">
      <tr className="utrecht-table__row">
        <th className="utrecht-table__cell wa-overleg-matrix__type" scope="row">Score (aantal actietypen)</th>
        {matrix.columns.map((entry) => (
          <td key={entry.agendaId} className={`utrecht-table__cell ${cellClassName}`.trim()}>{formatScore(entry.score, matrix.typeTotal)}</td>
        ))}
        <td className="utrecht-table__cell" />
      </tr>
    </tfoot>
  );
}
