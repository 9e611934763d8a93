import type { TypeMatrix } from './matrix';

/**
 * The matrix as a CSV file for Excel with Dutch settings: semicolons (the comma
 * is the decimal sign there), CRLF line ends, and a byte order mark so Excel
 * reads UTF-8 ("Umc's", "é") instead of guessing a Windows code page.
 */

const separator = ';';
const lineEnd = '\r\n';
const bom = '\uFEFF';

/**
 * Sector and type names are typed by users, also in other installations; a
 * name starting with =, +, - or @ would run as a formula in Excel, so it gets a
 * leading apostrophe (the usual guard against CSV injection).
 */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quotes a field when it holds the separator, a quote or a line break; quotes inside are doubled. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = neutralise(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Excel turns "9/12" into the date 9 December, so the score row says "9 van 12";
 * the counts stay plain numbers Excel can sort and add up.
 */
export const csvScore = (score: number, of: number): string => `${score} van ${of}`;

export function matrixCsv(matrix: TypeMatrix): string {
  const header = ['Actietype', ...matrix.columns.map((column) => column.sectorName), "Aantal agenda's"];
  const rows = matrix.rows.map((row) => [`${row.typeId}. ${row.typeName}`, ...row.cells.map((cell) => cell.count), row.agendaCount]);
  const scores = ['Score', ...matrix.columns.map((column) => csvScore(column.score, matrix.typeTotal)), ''];
  const lines = [header, ...rows, scores].map((fields) => fields.map(csvField).join(separator));
  return bom + lines.join(lineEnd) + lineEnd;
}
