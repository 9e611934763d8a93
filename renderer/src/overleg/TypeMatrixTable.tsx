import type { ReactNode } from 'react';
import { formatScore } from '../../../shared/format';
import type { RowOrder, TypeMatrix } from '../../../shared/overleg';
import { MatrixScores } from './MatrixScores';

interface Props {
  matrix: TypeMatrix;
  labels: Map<string, string>;
  rowOrder: RowOrder;
  onSort: (order: RowOrder) => void;
}

const sortDescriptions: Record<RowOrder, string> = {
  type: 'Gesorteerd op actietype, van 1 tot en met 12.',
  count: "Gesorteerd op aantal werkagenda’s, meest gebruikte actietype eerst.",
};

function SortHeader({ order, current, direction, onSort, children }: {
  order: RowOrder; current: RowOrder; direction: 'ascending' | 'descending'; onSort: (order: RowOrder) => void; children: ReactNode;
}) {
  const active = order === current;
  return (
    // The arrow is drawn by CSS from aria-sort, so what is shown and what is said cannot differ.
    <th className="utrecht-table__header-cell wa-overleg-sort" scope="col" aria-sort={active ? direction : undefined}>
      <button type="button" className="wa-overleg-sort__button" onClick={() => onSort(order)}>
        {children}
      </button>
    </th>
  );
}

/** The matrix as a plain table (no buttons in the cells), sortable by type number or by the number of agendas using a type. */
export function TypeMatrixTable({ matrix, labels, rowOrder, onSort }: Props) {
  return (
    <>
      <p className="utrecht-paragraph wa-overleg-hint">Kies een kolomkop met een pijl om de rijen anders te sorteren.</p>
      <div className="wa-table-wrapper wa-overleg-matrix-wrapper">
        <table className="utrecht-table utrecht-table--html-table wa-overleg-matrix wa-overleg-plain" aria-describedby="overleg-sortering">
          <caption className="wa-caption">Aantal acties per actietype en sector (tabel)</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <SortHeader order="type" current={rowOrder} direction="ascending" onSort={onSort}>Actietype</SortHeader>
              {matrix.columns.map((entry) => (
                <th key={entry.agendaId} className="utrecht-table__header-cell wa-overleg-matrix__sector" scope="col">
                  <span className="wa-overleg-matrix__sector-name">{labels.get(entry.agendaId) ?? entry.sectorName}</span>
                </th>
              ))}
              <SortHeader order="count" current={rowOrder} direction="descending" onSort={onSort}>Aantal werkagenda’s</SortHeader>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {matrix.rows.map((type) => (
              <tr className="utrecht-table__row" key={type.typeId}>
                <th className="utrecht-table__cell wa-row-title wa-overleg-matrix__type" scope="row">{type.typeId}. {type.typeName}</th>
                {type.cells.map((cell) => <td key={cell.agendaId} className="utrecht-table__cell">{cell.count}</td>)}
                <td className="utrecht-table__cell wa-overleg-matrix__total">{formatScore(type.agendaCount, matrix.agendaTotal)}</td>
              </tr>
            ))}
          </tbody>
          <MatrixScores matrix={matrix} />
        </table>
      </div>
      <p className="wa-visually-hidden" id="overleg-sortering" role="status">{sortDescriptions[rowOrder]}</p>
    </>
  );
}
