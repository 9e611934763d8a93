import { Document, Packer } from 'docx';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import type { ReferenceData } from '../../../shared/domain/reference';
import { formatPeriod } from '../../../shared/format';
import { actionsByType } from './actions';
import { appendix, monitoring, signatures, unusedTypes } from './closing';
import { exportContext, type ExportOptions } from './context';
import { contents, cover } from './cover';
import { pageFooter, pageHeader } from './frame';
import { coreProperties } from './properties';
import { introduction, lookback, objectives, problemAnalysis } from './sections';
import { PAGE, styles } from './styles';
import { cleanText } from './text';

export type { ExportOptions } from './context';

/**
 * The agenda as a Word document for BZK (PRODUCT.md workflow 3), in the order of the cycle: cover, contents,
 * introduction, look-back, problem analysis, objectives, actions per type, monitoring, explained omissions,
 * signatures and the appendix with the actions per type. Plain Node: no Electron, no I/O.
 */
export function buildAgendaDocument(agenda: AgendaDetail, reference: ReferenceData, options: ExportOptions): Document {
  const context = exportContext(agenda, reference, options);
  return new Document({
    title: cleanText(agenda.title),
    subject: cleanText(`Werkagenda Banenafspraak ${agenda.sectorName} ${formatPeriod(agenda.startYear, agenda.endYear)}`),
    creator: 'Werkagenda Banenafspraak',
    lastModifiedBy: 'Werkagenda Banenafspraak',
    description: options.draft ? 'Concept' : undefined,
    styles,
    features: { updateFields: true },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 709, footer: 709 },
        },
      },
      headers: { default: pageHeader(context) },
      footers: { default: pageFooter() },
      children: [
        ...cover(context),
        ...contents(),
        ...introduction(context),
        ...lookback(context),
        ...problemAnalysis(context),
        ...objectives(context),
        ...actionsByType(context),
        ...monitoring(context),
        ...unusedTypes(context),
        ...signatures(context),
        ...appendix(context),
      ],
    }],
  });
}

/** The .docx file's bytes. */
export async function exportAgendaDocx(agenda: AgendaDetail, reference: ReferenceData, options: ExportOptions): Promise<Buffer> {
  const document = buildAgendaDocument(agenda, reference, options);
  return Packer.toBuffer(document, false, [coreProperties(agenda, options)]);
}

/** "Werkagenda Defensie 2025-2026 versie 3.docx" or "... concept.docx", safe as a file name on Windows, macOS and Linux. */
export function suggestedFileName(agenda: Pick<AgendaDetail, 'sectorName' | 'startYear' | 'endYear'>, revisionNumber?: number | null): string {
  const suffix = revisionNumber ? `versie ${revisionNumber}` : 'concept';
  const name = `Werkagenda ${agenda.sectorName} ${formatPeriod(agenda.startYear, agenda.endYear)} ${suffix}`
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return `${name.slice(0, 150)}.docx`;
}
