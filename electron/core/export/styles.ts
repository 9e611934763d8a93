import { AlignmentType, type IStylesOptions } from 'docx';

/**
 * House style of the export: Arial (PRODUCT.md allows Verdana or Arial; Arial keeps the same line breaks in Word and in
 * LibreOffice, whose Liberation Sans has Arial's metrics), A4 with 2.5 cm margins, real heading styles with an outline
 * level so Word's navigation pane, the table of contents and screen readers see the structure.
 */
export const FONT = 'Arial';
export const MONO_FONT = 'Courier New';
export const LANGUAGE = 'nl-NL';

/** A4 in twips (1/20 pt), margins of 2.5 cm. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The text width of a landscape page, for the wide tables of actions. */
export const LANDSCAPE_CONTENT_WIDTH = PAGE.height - 2 * PAGE.margin;

export const COLORS = { heading: '1F3A5F', border: '7F7F7F', headerFill: 'E7ECF2', muted: '595959', draft: 'B00020' } as const;

/** Half-points. */
const SIZE = { body: 20, table: 18, small: 16, h1: 32, h2: 26, h3: 22 } as const;

const heading = (id: string, name: string, outlineLevel: number, size: number, before: number, after: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  uiPriority: 9,
  run: { font: FONT, size, bold: true, color: COLORS.heading },
  paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before, after, line: 240 } },
});

export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, language: { value: LANGUAGE, eastAsia: LANGUAGE, bidirectional: LANGUAGE } },
      paragraph: { spacing: { after: 120, line: 276 } },
    },
    hyperlink: { run: { color: COLORS.heading, underline: {} } },
  },
  paragraphStyles: [
    heading('Heading1', 'heading 1', 0, SIZE.h1, 480, 200),
    heading('Heading2', 'heading 2', 1, SIZE.h2, 320, 120),
    heading('Heading3', 'heading 3', 2, SIZE.h3, 240, 80),
    {
      id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: FONT, size: 48, bold: true, color: COLORS.heading },
      paragraph: { spacing: { before: 0, after: 240, line: 240 } },
    },
    {
      id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal',
      run: { font: FONT, size: SIZE.h1, bold: true, color: COLORS.heading },
      paragraph: { spacing: { before: 0, after: 240 } },
    },
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 60 } } },
    { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 284 }, spacing: { after: 40 } } },
    {
      id: 'TableText', name: 'Table Text', basedOn: 'Normal', next: 'TableText',
      run: { size: SIZE.table },
      paragraph: { spacing: { before: 0, after: 60, line: 252 } },
    },
    {
      id: 'TableHead', name: 'Table Heading', basedOn: 'TableText', next: 'TableText',
      run: { bold: true },
      paragraph: { keepNext: true },
    },
    {
      id: 'Small', name: 'Small', basedOn: 'Normal', next: 'Normal',
      run: { size: SIZE.small, color: COLORS.muted },
      paragraph: { spacing: { after: 0 }, alignment: AlignmentType.LEFT },
    },
  ],
};
