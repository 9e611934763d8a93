import { targetSourceLabels } from '../jobsTable';
import type { SectorJobs } from './jobs';
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

/** A decimal as Dutch Excel reads it: a comma, no thousands separator ("29,02"); empty when unknown. */
export const csvDecimal = (value: number | null, decimals = 2): string =>
  value === null ? '' : String(Math.round(value * 10 ** decimals) / 10 ** decimals).replace('.', ',');

type Fields = (string | number)[];

function matrixLines(matrix: TypeMatrix): Fields[] {
  const header = ['Actietype', ...matrix.columns.map((column) => column.sectorName), "Aantal agenda's"];
  const rows = matrix.rows.map((row) => [`${row.typeId}. ${row.typeName}`, ...row.cells.map((cell) => cell.count), row.agendaCount]);
  const scores = ['Score', ...matrix.columns.map((column) => csvScore(column.score, matrix.typeTotal)), ''];
  return [header, ...rows, scores];
}

/** The jobs per sector, the same figures as the screen and the Word export (shared/overleg/jobs.ts). */
function jobsLines(jobs: readonly SectorJobs[]): Fields[] {
  const header = ['Sector', 'Jaar van het doel', 'Doel (banen)', 'Soort doel', 'Gerealiseerd', 'Peildatum', 'Percentage', 'Achterstand'];
  return [header, ...jobs.map((row) => [
    row.sectorName, row.year, csvDecimal(row.target?.value ?? null, 1), row.target ? targetSourceLabels[row.target.source] : 'geen doel',
    csvDecimal(row.realised), row.date ?? '', row.share === null ? '' : `${Math.round(row.share * 100)}%`, csvDecimal(row.behind, 1),
  ])];
}

const linesToCsv = (lines: Fields[]) => bom + lines.map((fields) => fields.map(csvField).join(separator)).join(lineEnd) + lineEnd;

export function matrixCsv(matrix: TypeMatrix): string {
  return linesToCsv(matrixLines(matrix));
}

/** The overleg's CSV: the type x sector matrix, an empty line, then the jobs per sector. */
export function overlegCsv(matrix: TypeMatrix, jobs: readonly SectorJobs[]): string {
  return linesToCsv([...matrixLines(matrix), [], ['Banen per sector'], ...jobsLines(jobs)]);
}
