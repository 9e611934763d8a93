import { HeadingLevel, Paragraph, Tab, TextRun, type IParagraphOptions, type IRunOptions, type ParagraphChild } from 'docx';

/**
 * Text from the database goes into the document as it was typed, with one exception: characters XML 1.0 cannot hold
 * (control characters other than tab and newline, U+FFFE/U+FFFF, lone surrogates) are dropped, so a pasted control
 * character never makes a file Word refuses to open. docx escapes &, < and quotes itself.
 */
const invalidXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/\r\n?/g, '\n').replace(invalidXml, '');
}

/** The runs of one line; a tab becomes a real tab, not a character Word may show as a box. */
export function runs(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): ParagraphChild[] {
  const parts = cleanText(text).replace(/\n/g, ' ').split('\t');
  return [new TextRun({ ...options, children: parts.flatMap((part, index) => (index === 0 ? [part] : [new Tab(), part])) })];
}

type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text'>;

/** A single paragraph of plain text (newlines become spaces). */
export function para(text: string, options: ParagraphOptions = {}, runOptions: Omit<IRunOptions, 'text' | 'children'> = {}): Paragraph {
  return new Paragraph({ ...options, children: runs(text, runOptions) });
}

/** Multi-line text as separate paragraphs, one per non-empty line; spacing, never empty paragraphs, separates them. */
export function paragraphs(text: string | null | undefined, options: ParagraphOptions = {}, runOptions: Omit<IRunOptions, 'text' | 'children'> = {}): Paragraph[] {
  return cleanText(text).split('\n').filter((line) => line.trim() !== '').map((line) => para(line, options, runOptions));
}

/** "Label: value" with the label in bold. */
export function labelled(label: string, value: string, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...options, children: [...runs(`${label}: `, { bold: true }), ...runs(value)] });
}

/** A note where content is missing, in italics so it reads as a remark of the tool, not the sector's text. */
export function missing(text: string, options: ParagraphOptions = {}): Paragraph {
  return para(text, options, { italics: true });
}

/** The text when it has content, otherwise the italic note. */
export function textOr(text: string | null | undefined, whenEmpty: string, options: ParagraphOptions = {}): Paragraph[] {
  const result = paragraphs(text, options);
  return result.length > 0 ? result : [missing(whenEmpty, options)];
}

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A real heading (styles Heading1-3, with an outline level), so Word's navigation pane and screen readers see it. */
export function heading(text: string, level: 1 | 2 | 3, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...options, heading: headingLevels[level], children: runs(text) });
}
