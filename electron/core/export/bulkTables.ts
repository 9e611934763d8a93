import { randomBytes } from 'node:crypto';
import { Paragraph, TextRun, type Table } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { cleanText } from './text';

/**
 * Many small tables of plain text of the same layout (a report of 300 targets has 300 plan tables and 7,200
 * measurement rows) cost the docx library about half a millisecond a cell to build and pack, seconds in all. So docx
 * builds each layout once, as a prototype with one row of markers (widths, borders, the repeated header row stay
 * those of dataTable); every other table of that layout is a marker paragraph. After packing, one pass over
 * document.xml puts each table's rows into a copy of its prototype, texts escaped.
 */
export class BulkTables {
  private readonly nonce = randomBytes(6).toString('hex');
  private readonly layouts = new Map<string, number>();
  private readonly tables: { layout: number; rows: string[][]; prototype: boolean }[] = [];

  /** A table of `columns` plain-text cells per row, laid out by `make` (called once per layout). */
  table(layout: string, columns: number, rows: string[][], make: (rows: string[][]) => Table): Table | Paragraph {
    const known = this.layouts.get(layout);
    const index = known ?? this.layouts.size;
    this.tables.push({ layout: index, rows, prototype: known === undefined });
    if (known !== undefined) return new Paragraph({ children: [new TextRun(this.placeholder(this.tables.length - 1))] });
    this.layouts.set(layout, index);
    return make([Array.from({ length: columns }, (_, column) => this.cellMarker(index, column))]);
  }

  private cellMarker(layout: number, column: number): string {
    return `bulk${this.nonce}l${layout}c${column}x`;
  }

  private placeholder(table: number): string {
    return `bulk${this.nonce}t${table}x`;
  }

  /** The .docx with every table filled in. */
  fill(docx: Buffer): Buffer {
    if (this.tables.length === 0) return docx;
    const parts = unzipSync(new Uint8Array(docx));
    const path = 'word/document.xml';
    const xml = strFromU8(parts[path]!);
    const prototypes = new Map<number, { head: string; row: string; tail: string }>();
    const pieces: string[] = [];
    let cursor = 0;
    this.tables.forEach((table, index) => {
      let start: number;
      let end: number;
      if (table.prototype) {
        const first = xml.indexOf(this.cellMarker(table.layout, 0), cursor);
        if (first === -1) throw new Error(`bulk tables: layout ${table.layout} not found`);
        start = xml.lastIndexOf('<w:tbl>', first);
        end = xml.indexOf('</w:tbl>', first) + '</w:tbl>'.length;
        const rowStart = xml.lastIndexOf('<w:tr>', first);
        const rowEnd = xml.indexOf('</w:tr>', first) + '</w:tr>'.length;
        prototypes.set(table.layout, { head: xml.slice(start, rowStart), row: xml.slice(rowStart, rowEnd), tail: xml.slice(rowEnd, end) });
      } else {
        const marker = xml.indexOf(this.placeholder(index), cursor);
        if (marker === -1) throw new Error(`bulk tables: table ${index} not found`);
        start = xml.lastIndexOf('<w:p>', marker);
        end = xml.indexOf('</w:p>', marker) + '</w:p>'.length;
      }
      const prototype = prototypes.get(table.layout)!;
      pieces.push(xml.slice(cursor, start), prototype.head);
      for (const cells of table.rows) {
        // The rule of dataTable: a short row stays on one page, a long text may run on.
        const row = cells.join('').length < 400 ? prototype.row : prototype.row.replace('<w:cantSplit/>', '');
        pieces.push(cells.reduce((text, cell, column) => text.replace(this.cellMarker(table.layout, column), () => escapeXml(cell)), row));
      }
      pieces.push(prototype.tail);
      cursor = end;
    });
    pieces.push(xml.slice(cursor));
    parts[path] = strToU8(pieces.join(''));
    return Buffer.from(zipSync(parts));
  }
}

/** The text as `runs` in text.ts writes it: cleaned, on one line, escaped for w:t. */
function escapeXml(text: string): string {
  return cleanText(text).replace(/[\n\t]/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
