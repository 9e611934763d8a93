import { AlignmentType, BorderStyle, Footer, Header, PageNumber, PageOrientation, Paragraph, Tab, TabStopType, TextRun, type ISectionOptions } from 'docx';
import { formatPeriod } from '../../../shared/format';
import type { ExportContext } from './context';
import type { Block } from './sections';
import { COLORS, CONTENT_WIDTH, LANDSCAPE_CONTENT_WIDTH, PAGE } from './styles';
import { cleanText } from './text';

/** The running header of an agenda: sector and period on the left, CONCEPT on the right of a draft, on every page. */
export function pageHeader({ agenda, options }: ExportContext, width = CONTENT_WIDTH): Header {
  const version = options.revision ? `, versie ${options.revision.number}` : '';
  return runningHeader(`Werkagenda ${agenda.sectorName} ${formatPeriod(agenda.startYear, agenda.endYear)}${version}`, width, options.draft);
}

/** A header line in small grey text above a rule, with CONCEPT at the right margin when asked. */
export function runningHeader(text: string, width: number, concept = false): Header {
  const children = [new TextRun({ text: cleanText(text), color: COLORS.muted })];
  if (concept) children.push(new TextRun({ children: [new Tab(), 'CONCEPT'], bold: true, color: COLORS.draft }));
  return new Header({
    children: [new Paragraph({
      style: 'Small',
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLORS.border, space: 4 } },
      children,
    })],
  });
}

/** "Pagina 3 van 12", centred. */
export function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({
      style: 'Small',
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
    })],
  });
}

/** A section of A4 pages with 2.5 cm margins, the running header (made for the section's text width) and the page footer. */
export function a4Section(orientation: 'portrait' | 'landscape', header: (width: number) => Header, children: Block[]): ISectionOptions {
  const landscape = orientation === 'landscape';
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 709, footer: 709 },
      },
    },
    headers: { default: header(landscape ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH) },
    footers: { default: pageFooter() },
    children,
  };
}
