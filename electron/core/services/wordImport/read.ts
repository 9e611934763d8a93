import mammoth from 'mammoth';
import type { DocBlock } from '../../../../shared/domain/wordImport';
import { AppError } from '../../../../shared/errors';
import { checkWordContainer } from './container';

/** Caps on what is taken from one document, whatever it holds. */
const maxBlocks = 30_000;
const maxText = 5000;
const maxRows = 1000;
const maxCells = 30;

interface Element { type: string; children?: Element[]; value?: string; styleId?: string | null; styleName?: string | null; numbering?: { level: string | number; isOrdered: boolean } | null; isBold?: boolean }

const textOf = (element: Element): string => {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return ' ';
  if (element.type === 'break') return '\n';
  if (element.type === 'table') return (element.children ?? []).map(textOf).join('\n');
  if (element.type === 'tableRow') return (element.children ?? []).map(textOf).join(' | ');
  if (element.type === 'paragraph') return (element.children ?? []).map(textOf).join('');
  return (element.children ?? []).map(textOf).join(element.type === 'tableCell' ? '\n' : '');
};

const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f]/g, '').replace(/[ \t\u00a0]+/g, ' ').trim().slice(0, maxText);

function headingLevel(paragraph: Element, text: string): number | null {
  const style = `${paragraph.styleName ?? ''} ${paragraph.styleId ?? ''}`;
  const numbered = style.match(/\b(heading|kop)\s*([1-6])\b/i);
  if (numbered) return Number(numbered[2]);
  if (/\b(title|titel)\b/i.test(style)) return 0;
  // A short line all in bold is a heading to the reader, styled or not.
  const runs = collectRuns(paragraph).filter((run) => textOf(run).trim());
  if (runs.length > 0 && runs.every((run) => run.isBold) && text.length <= 120 && !/[.:;,]$/.test(text)) return 9;
  return null;
}

function collectRuns(element: Element): Element[] {
  if (element.type === 'run') return [element];
  return (element.children ?? []).flatMap(collectRuns);
}

/** A typed bullet or number in front of a plain paragraph makes it a list item, as Word's own numbering does. */
function typedList(text: string): { ordered: boolean; level: number; text: string } | null {
  const bullet = text.match(/^[•▪◦·\-–*]\s+(.*)$/s);
  if (bullet) return { ordered: false, level: 0, text: bullet[1]! };
  const number = text.match(/^(\d{1,3}|[a-z])[.)]\s+(.*)$/s);
  if (number && number[2]!.length > 0) return { ordered: true, level: 0, text: number[2]! };
  return null;
}

function toBlocks(children: readonly Element[], blocks: DocBlock[]): void {
  for (const element of children) {
    if (blocks.length >= maxBlocks) return;
    if (element.type === 'paragraph') {
      const text = clean(textOf(element));
      if (!text) continue;
      const level = element.numbering ? null : headingLevel(element, text);
      if (level !== null) { blocks.push({ kind: 'heading', level, text }); continue; }
      if (element.numbering) { blocks.push({ kind: 'paragraph', text, list: { ordered: element.numbering.isOrdered, level: Number(element.numbering.level) || 0 } }); continue; }
      const typed = typedList(text);
      blocks.push(typed ? { kind: 'paragraph', text: typed.text, list: { ordered: typed.ordered, level: typed.level } } : { kind: 'paragraph', text, list: null });
    } else if (element.type === 'table') {
      const rows = (element.children ?? []).filter((row) => row.type === 'tableRow').slice(0, maxRows)
        .map((row) => (row.children ?? []).slice(0, maxCells).map((cell) => clean(textOf(cell))));
      const filled = rows.filter((row) => row.some((cell) => cell));
      if (filled.length > 0) blocks.push({ kind: 'table', rows: filled });
    } else if (element.children) {
      toBlocks(element.children, blocks);
    }
  }
}

/**
 * Reads a .docx into blocks with mammoth's document model (headings by style or bold, Word's list numbering,
 * tables by cell). The file is checked first (checkWordContainer); images are never read, and the HTML conversion
 * is skipped by handing mammoth an empty document once the model is taken.
 */
export async function readWordBlocks(bytes: Buffer): Promise<DocBlock[]> {
  checkWordContainer(bytes);
  let document: Element | null = null;
  try {
    await mammoth.convertToHtml({ buffer: bytes }, {
      transformDocument: (element: Element) => {
        document = element;
        return { ...element, children: [] };
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_DAMAGED', 'Dit Word-document is beschadigd en kan niet worden gelezen. Open het in Word, sla het opnieuw op en kies het nog eens. Er is niets gewijzigd.');
  }
  const blocks: DocBlock[] = [];
  toBlocks((document as Element | null)?.children ?? [], blocks);
  return blocks;
}
