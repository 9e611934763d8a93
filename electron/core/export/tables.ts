import { BorderStyle, HeightRule, type Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextDirection, WidthType } from 'docx';
import { COLORS, CONTENT_WIDTH } from './styles';
import { para } from './text';

/** What a cell holds: plain text, or paragraphs made by the caller (styled 'TableText'). */
export type Cell = string | Paragraph[];

const line = { style: BorderStyle.SINGLE, size: 4, color: COLORS.border };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

/** A paragraph in a table cell. */
export const cellText = (text: string) => para(text, { style: 'TableText' });

/**
 * A full-width table with borders and a header row that Word repeats on every page and screen readers announce
 * (w:tblHeader). `widths` are relative; they are scaled to the text width, and the layout is fixed so a long word or
 * a long text wraps inside its column instead of pushing the table past the margin.
 */
export interface TableOptions {
  /** Header cells at these column indexes run bottom to top, so a matrix of many narrow columns keeps whole names. */
  verticalHeaders?: number[];
}

export function dataTable(headers: string[], widths: number[], rows: Cell[][], width = CONTENT_WIDTH, options: TableOptions = {}): Table {
  const vertical = new Set(options.verticalHeaders ?? []);
  const tallest = Math.max(0, ...headers.filter((_, index) => vertical.has(index)).map((header) => header.length));
  const total = widths.reduce((sum, value) => sum + value, 0);
  const columnWidths = widths.map((value) => Math.floor((value / total) * width));
  const cell = (content: Cell, index: number, header: boolean) => new TableCell({
    width: { size: columnWidths[index] ?? 0, type: WidthType.DXA },
    ...(header && vertical.has(index) ? { textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT } : {}),
    shading: header ? { type: ShadingType.CLEAR, fill: COLORS.headerFill, color: 'auto' } : undefined,
    children: typeof content === 'string'
      ? [para(content, { style: header ? 'TableHead' : 'TableText' })]
      : content.length > 0 ? content : [cellText('')],
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        // Room for the longest vertical name: about 100 twips a character of 9-point bold text.
        ...(tallest > 0 ? { height: { value: 200 + tallest * 100, rule: HeightRule.ATLEAST } } : {}),
        children: headers.map((header, index) => cell(header, index, true)),
      }),
      // A short row stays on one page (a date must not be torn from its figures); a long text may run on.
      ...rows.map((row) => new TableRow({
        cantSplit: row.every((content) => typeof content === 'string') && row.join('').length < 400,
        children: row.map((content, index) => cell(content, index, false)),
      })),
    ],
  });
}
