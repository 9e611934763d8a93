import { Document, Packer, PageOrientation, type ISectionOptions } from 'docx';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import type { ReferenceData } from '../../../shared/domain/reference';
import { formatPeriod } from '../../../shared/format';
import { actionsByType } from './actions';
import { appendix, monitoring, signatures, unusedTypes } from './closing';
import { exportContext, type ExportContext, type ExportOptions } from './context';
import { contents, cover } from './cover';
import { pageFooter, pageHeader } from './frame';
import { coreProperties } from './properties';
import { type Block, introduction, lookback, objectives, problemAnalysis } from './sections';
import { CONTENT_WIDTH, LANDSCAPE_CONTENT_WIDTH, PAGE, styles } from './styles';
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
    // docProps/core.xml is written by coreProperties() when packed (it adds the language); these cover other packers.
    title: cleanText(agenda.title),
    creator: 'Werkagenda Banenafspraak',
    styles,
    features: { updateFields: true },
    sections: sections(context),
  });
}

function sections(context: ExportContext): ISectionOptions[] {
  const plan = [...cover(context), ...contents(), ...introduction(context), ...lookback(context), ...problemAnalysis(context), ...objectives(context)];
  const rest = [...monitoring(context), ...unusedTypes(context), ...signatures(context), ...appendix(context)];
  // The tables of actions have five columns of running text: they get the width of a landscape page.
  if (context.agenda.actions.length === 0) return [section(context, 'portrait', [...plan, ...actionsByType(context), ...rest])];
  return [section(context, 'portrait', plan), section(context, 'landscape', actionsByType(context)), section(context, 'portrait', rest)];
}

/** A section of A4 pages with 2.5 cm margins and the running header and footer. */
function section(context: ExportContext, orientation: 'portrait' | 'landscape', children: Block[]): ISectionOptions {
  const landscape = orientation === 'landscape';
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 709, footer: 709 },
      },
    },
    headers: { default: pageHeader(context, landscape ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH) },
    footers: { default: pageFooter() },
    children,
  };
}

/** The .docx file's bytes. */
export async function exportAgendaDocx(agenda: AgendaDetail, reference: ReferenceData, options: ExportOptions): Promise<Buffer> {
  const document = buildAgendaDocument(agenda, reference, options);
  return Packer.toBuffer(document, false, [coreProperties(agenda, options)]);
}

/** "Werkagenda Defensie 2025-2026 versie 3.docx" or "... concept.docx", safe as a file name on Windows, macOS and Linux. */
export function suggestedFileName(
  agenda: Pick<AgendaDetail, 'sectorName' | 'startYear' | 'endYear'>, revisionNumber?: number | null, extension: 'docx' | 'werkagenda' | 'csv' = 'docx',
): string {
  const suffix = revisionNumber ? `versie ${revisionNumber}` : 'concept';
  const name = `Werkagenda ${agenda.sectorName} ${formatPeriod(agenda.startYear, agenda.endYear)} ${suffix}`
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return `${name.slice(0, 150)}.${extension}`;
}
