import { randomBytes } from 'node:crypto';
import { Paragraph, type Table } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { cleanText, para } from './text';

/** One paragraph of a cell, in the table text style: plain, bold or italic. */
export interface CellLine { text: string; look?: 'bold' | 'italic' }

const looks = ['plain', 'bold', 'italic'] as const;

/**
 * Long tables whose cells hold a few styled paragraphs (the actions of a 1,000-action agenda:
 * some 15,000 paragraphs) cost the docx library most of the export's time to build and pack.
 * So docx builds each table with one row of markers (a paragraph of each look in every cell,
 * so widths, borders, the header row and the paragraph and run properties stay exactly its
 * own), and after packing, one pass over document.xml writes every row from those pieces,
 * texts cleaned and escaped as docx would. See bulkTables.ts for tables of plain text.
 */
export class RichTables {
  private readonly nonce = randomBytes(6).toString('hex');
  private readonly tables: CellLine[][][][] = [];

  /** The table for `rows`, laid out by `make` with the marker row it is given. */
  table(columns: number, rows: CellLine[][][], make: (markerRow: Paragraph[][]) => Table): Table {
    const index = this.tables.push(rows) - 1;
    return make(Array.from({ length: columns }, (_, column) => looks.map((look) =>
      para(this.marker(index, column, look), { style: 'TableText' }, look === 'bold' ? { bold: true } : look === 'italic' ? { italics: true } : {}))));
  }

  private marker(table: number, column: number, look: string): string {
    return `rich${this.nonce}t${table}c${column}${look}x`;
  }

  /** The .docx with every table's rows written in. */
  fill(docx: Buffer): Buffer {
    if (this.tables.length === 0) return docx;
    const parts = unzipSync(new Uint8Array(docx));
    const path = 'word/document.xml';
    const xml = strFromU8(parts[path]!);
    const pieces: string[] = [];
    let cursor = 0;
    this.tables.forEach((rows, table) => {
      const first = xml.indexOf(this.marker(table, 0, 'plain'), cursor);
      if (first === -1) throw new Error(`rich tables: table ${table} not found`);
      const rowStart = xml.lastIndexOf('<w:tr>', first);
      const rowEnd = xml.indexOf('</w:tr>', first) + '</w:tr>'.length;
      const row = xml.slice(rowStart, rowEnd);
      const head = row.slice(0, row.indexOf('<w:tc>'));
      const cells = row.slice(head.length, row.length - '</w:tr>'.length).split('</w:tc>').slice(0, -1).map((cell, column) => {
        const paragraphs = Object.fromEntries(looks.map((look) => {
          const at = cell.indexOf(this.marker(table, column, look));
          const start = cell.lastIndexOf('<w:p>', at);
          const end = cell.indexOf('</w:p>', at) + '</w:p>'.length;
          const piece = cell.slice(start, end);
          return [look, piece.split(this.marker(table, column, look)) as [string, string]];
        })) as Record<(typeof looks)[number], [string, string]>;
        return { open: cell.slice(0, cell.indexOf('<w:p>')), paragraphs };
      });
      pieces.push(xml.slice(cursor, rowStart));
      for (const lines of rows) {
        pieces.push(head);
        lines.forEach((content, column) => {
          const { open, paragraphs } = cells[column]!;
          pieces.push(open);
          for (const line of content.length > 0 ? content : [{ text: '' }]) {
            const [before, after] = paragraphs[line.look ?? 'plain'];
            pieces.push(before, escapeText(line.text), after);
          }
          pieces.push('</w:tc>');
        });
        pieces.push('</w:tr>');
      }
      cursor = rowEnd;
    });
    pieces.push(xml.slice(cursor));
    parts[path] = strToU8(pieces.join(''));
    return Buffer.from(zipSync(parts));
  }
}

/** The text as `runs` in text.ts writes it: cleaned, on one line, tabs as w:tab, escaped as docx escapes. */
function escapeText(text: string): string {
  return cleanText(text).replace(/\n/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/\t/g, '</w:t><w:tab/><w:t xml:space="preserve">');
}

/** An empty paragraph list never reaches a cell: Word wants one paragraph in each. */
export const asParagraphs = (lines: CellLine[]): Paragraph[] => lines.map((line) => para(line.text, { style: 'TableText' }, line.look === 'bold' ? { bold: true } : line.look === 'italic' ? { italics: true } : {}));
