import { useState, type KeyboardEvent } from 'react';
import { formatScore } from '../../../shared/format';
import type { TypeMatrix } from '../../../shared/overleg';
import type { SelectedCell } from './useOverleg';
import { countWords } from '../../../shared/format';
import { MatrixScores } from './MatrixScores';

interface Props {
  matrix: TypeMatrix;
  labels: Map<string, string>;
  selected: SelectedCell | null;
  onSelect: (cell: SelectedCell) => void;
}

export const cellButtonId = (typeId: number, agendaId: string) => `overleg-cel-${typeId}-${agendaId}`;

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

/**
 * The type x sector matrix as a grid: one Tab stop, the arrow keys (and Home,
 * End, Ctrl+Home, Ctrl+End) move between the counts, Enter or Space opens one.
 * Sector names are turned on their side (CSS) so twelve columns fit without scrolling.
 */
export function TypeMatrixGrid({ matrix, labels, selected, onSelect }: Props) {
  const [active, setActive] = useState<{ row: number; column: number }>({ row: 0, column: 0 });
  const lastRow = matrix.rows.length - 1;
  const lastColumn = matrix.columns.length - 1;
  const row = clamp(active.row, lastRow);
  const column = clamp(active.column, lastColumn);

  const moveTo = (nextRow: number, nextColumn: number) => {
    const target = { row: clamp(nextRow, lastRow), column: clamp(nextColumn, lastColumn) };
    setActive(target);
    const type = matrix.rows[target.row];
    const agenda = matrix.columns[target.column];
    if (type && agenda) document.getElementById(cellButtonId(type.typeId, agenda.agendaId))?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, at: { row: number; column: number }) => {
    const moves: Record<string, () => void> = {
      ArrowUp: () => moveTo(at.row - 1, at.column),
      ArrowDown: () => moveTo(at.row + 1, at.column),
      ArrowLeft: () => moveTo(at.row, at.column - 1),
      ArrowRight: () => moveTo(at.row, at.column + 1),
      Home: () => (event.ctrlKey ? moveTo(0, 0) : moveTo(at.row, 0)),
      End: () => (event.ctrlKey ? moveTo(lastRow, lastColumn) : moveTo(at.row, lastColumn)),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  return (
    <div className="wa-table-wrapper wa-overleg-matrix-wrapper">
      <table className="utrecht-table utrecht-table--html-table wa-overleg-matrix" role="grid" aria-describedby="overleg-matrix-uitleg" aria-readonly="true">
        <caption className="wa-caption">Aantal acties per actietype en sector</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell wa-overleg-matrix__corner" scope="col">Actietype</th>
            {matrix.columns.map((entry) => (
              <th key={entry.agendaId} className="utrecht-table__header-cell wa-overleg-matrix__sector" scope="col">
                <span className="wa-overleg-matrix__sector-name">{labels.get(entry.agendaId) ?? entry.sectorName}</span>
              </th>
            ))}
            <th className="utrecht-table__header-cell wa-overleg-matrix__total" scope="col">Aantal werkagenda’s</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {matrix.rows.map((type, rowIndex) => (
            <tr className="utrecht-table__row" key={type.typeId}>
              <th className="utrecht-table__cell wa-row-title wa-overleg-matrix__type" scope="row">{type.typeId}. {type.typeName}</th>
              {type.cells.map((cell, columnIndex) => {
                const label = labels.get(cell.agendaId) ?? matrix.columns[columnIndex]?.sectorName ?? '';
                const isSelected = selected?.typeId === type.typeId && selected.agendaId === cell.agendaId;
                const isActive = rowIndex === row && columnIndex === column;
                return (
                  <td key={cell.agendaId} className="utrecht-table__cell wa-overleg-matrix__cell">
                    <button
                      type="button"
                      id={cellButtonId(type.typeId, cell.agendaId)}
                      className={`wa-overleg-matrix__count${cell.count === 0 ? ' wa-overleg-matrix__count--zero' : ''}`}
                      tabIndex={isActive ? 0 : -1}
                      aria-pressed={isSelected}
                      aria-label={`${countWords(cell.count, 'actie', 'acties')} van type ${type.typeId} bij ${label}`}
                      onFocus={() => setActive({ row: rowIndex, column: columnIndex })}
                      onKeyDown={(event) => onKeyDown(event, { row: rowIndex, column: columnIndex })}
                      onClick={() => onSelect({ typeId: type.typeId, agendaId: cell.agendaId })}
                    >
                      {cell.count}
                    </button>
                  </td>
                );
              })}
              <td className="utrecht-table__cell wa-overleg-matrix__total">{formatScore(type.agendaCount, matrix.agendaTotal)}</td>
            </tr>
          ))}
        </tbody>
        <MatrixScores matrix={matrix} cellClassName="wa-overleg-matrix__score" />
      </table>
    </div>
  );
}
