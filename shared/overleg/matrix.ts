import { compareDutch } from '../format';
import type { OverlegAgenda } from '../domain/overleg';
import type { ActionType } from '../domain/reference';
import { actionsPerType, agendaScore } from '../score';

/**
 * The type x sector matrix of seed 003 chapter 4: the action types as rows, one
 * column per agenda (in the order given: the core passes them in sector order).
 */

type MatrixAgenda = Pick<OverlegAgenda, 'agendaId' | 'sectorId' | 'sectorName' | 'actions'>;
type MatrixType = Pick<ActionType, 'id' | 'name'>;

export interface MatrixColumn {
  agendaId: string;
  sectorId: string;
  sectorName: string;
  /** Distinct known types the agenda uses (0 to the number of types). */
  score: number;
}

export interface MatrixCell {
  agendaId: string;
  /** Actions with this type as primary or further type, each counted once. */
  count: number;
  /** The actions behind the count, in the agenda's order, so selecting a cell can list them. */
  actionIds: string[];
}

export interface MatrixRow {
  typeId: number;
  typeName: string;
  /** One cell per column, in the order of `columns`. */
  cells: MatrixCell[];
  /** In how many agendas the type occurs (the "7/12" of seed 003). */
  agendaCount: number;
}

export interface TypeMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** The number of agendas compared: the denominator of `agendaCount`. */
  agendaTotal: number;
  /** The number of types: the denominator of a column's score. */
  typeTotal: number;
}

function actionIdsOfType(agenda: MatrixAgenda, typeId: number): string[] {
  return agenda.actions.filter((action) => action.primaryTypeId === typeId || action.extraTypeIds.includes(typeId)).map((action) => action.id);
}

export function typeMatrix(agendas: readonly MatrixAgenda[], actionTypes: readonly MatrixType[]): TypeMatrix {
  const counts = agendas.map((agenda) => actionsPerType(agenda));
  const columns = agendas.map((agenda) => ({
    agendaId: agenda.agendaId, sectorId: agenda.sectorId, sectorName: agenda.sectorName, score: agendaScore(agenda, actionTypes),
  }));
  const rows = actionTypes.map((type) => {
    const cells = agendas.map((agenda, index) => ({
      agendaId: agenda.agendaId,
      count: counts[index]?.get(type.id) ?? 0,
      actionIds: actionIdsOfType(agenda, type.id),
    }));
    return { typeId: type.id, typeName: type.name, cells, agendaCount: cells.filter((cell) => cell.count > 0).length };
  });
  return { columns, rows, agendaTotal: agendas.length, typeTotal: actionTypes.length };
}

/** The cell of one type and one agenda, for the list of actions behind a selected cell. */
export function matrixCell(matrix: TypeMatrix, typeId: number, agendaId: string): MatrixCell | null {
  const column = matrix.columns.findIndex((entry) => entry.agendaId === agendaId);
  const row = matrix.rows.find((entry) => entry.typeId === typeId);
  return (row && column >= 0 ? row.cells[column] : undefined) ?? null;
}

export type RowOrder = 'type' | 'count';
export type ColumnOrder = 'given' | 'score' | 'sector';

/** Rows by type number, or most used first (ties by type number) for the sortable plain table. */
export function sortRows(matrix: TypeMatrix, order: RowOrder): TypeMatrix {
  const rows = [...matrix.rows].sort((a, b) => (order === 'count' ? b.agendaCount - a.agendaCount : 0) || a.typeId - b.typeId);
  return { ...matrix, rows };
}

/**
 * Columns in the given (sector) order, by score (highest first) or by sector name.
 * The cells move with their column, so a row stays aligned.
 */
export function sortColumns(matrix: TypeMatrix, order: ColumnOrder): TypeMatrix {
  const indexes = matrix.columns.map((_, index) => index);
  const byName = (a: number, b: number) => compareDutch(matrix.columns[a]!.sectorName, matrix.columns[b]!.sectorName);
  if (order === 'score') indexes.sort((a, b) => matrix.columns[b]!.score - matrix.columns[a]!.score || a - b);
  if (order === 'sector') indexes.sort((a, b) => byName(a, b) || a - b);
  return {
    ...matrix,
    columns: indexes.map((index) => matrix.columns[index]!),
    rows: matrix.rows.map((row) => ({ ...row, cells: indexes.map((index) => row.cells[index]!) })),
  };
}
