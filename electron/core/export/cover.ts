import { Paragraph, TableOfContents, TextRun } from 'docx';
import { formatDate, formatPeriod } from '../../../shared/format';
import { agendaStatusLabels } from '../../../shared/labels';
import type { ExportContext } from './context';
import { COLORS, MONO_FONT } from './styles';
import { cleanText, labelled, para, runs } from './text';

/** The cover page: what the document is, for whom, in which state. */
export function cover({ agenda, options }: ExportContext): Paragraph[] {
  const period = formatPeriod(agenda.startYear, agenda.endYear);
  const result: Paragraph[] = [
    para('Werkagenda Banenafspraak', { spacing: { before: 2400, after: 240 } }, { size: 24, color: COLORS.muted }),
  ];
  if (options.draft) result.push(para('CONCEPT', { spacing: { after: 240 } }, { size: 40, bold: true, color: COLORS.draft }));
  result.push(
    para(agenda.title, { style: 'Title' }),
    para(agenda.sectorName, { spacing: { after: 60 } }, { size: 32, bold: true }),
    para(period, { spacing: { after: 1200 } }, { size: 28 }),
    labelled('Sector', agenda.sectorName),
    labelled('Periode', period),
    labelled('Status', agendaStatusLabels[agenda.status]),
    labelled('Datum', formatDate(options.generatedOn)),
  );
  if (options.revision) {
    result.push(
      labelled('Versie', String(options.revision.number)),
      new Paragraph({ children: [...runs('Controlecode: ', { bold: true }), new TextRun({ text: cleanText(options.revision.fingerprint), font: MONO_FONT, size: 18 })] }),
    );
  } else {
    result.push(para('Concept, nog niet ter ondertekening aangeboden', { spacing: { before: 120 } }, { italics: true }));
  }
  return result;
}

/** The table of contents on its own page; Word fills in the page numbers when it opens the document (updateFields). */
export function contents(): (Paragraph | TableOfContents)[] {
  return [
    para('Inhoud', { style: 'TOCHeading', pageBreakBefore: true }),
    new TableOfContents('Inhoudsopgave', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}
