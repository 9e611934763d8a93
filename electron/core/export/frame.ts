import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { formatPeriod } from '../../../shared/format';
import type { ExportContext } from './context';
import { COLORS, CONTENT_WIDTH } from './styles';
import { cleanText } from './text';

/** The running header: sector and period on the left, CONCEPT on the right of a draft, on every page. */
export function pageHeader({ agenda, options }: ExportContext, width = CONTENT_WIDTH): Header {
  const version = options.revision ? `, versie ${options.revision.number}` : '';
  const children = [new TextRun({ text: cleanText(`Werkagenda ${agenda.sectorName} ${formatPeriod(agenda.startYear, agenda.endYear)}${version}`), color: COLORS.muted })];
  if (options.draft) children.push(new TextRun({ children: [new Tab(), 'CONCEPT'], bold: true, color: COLORS.draft }));
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
