import { Document, Packer, type ISectionOptions } from 'docx';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import type { ReferenceData } from '../../../shared/domain/reference';
import { formatPeriod } from '../../../shared/format';
import { actionsByType } from './actions';
import { appendix, monitoring, signatures, unusedTypes } from './closing';
import { exportContext, type ExportContext, type ExportOptions } from './context';
import { contents, cover } from './cover';
import { a4Section, pageHeader } from './frame';
import { coreProperties } from './properties';
import { type Block, introduction, lookback, objectives, problemAnalysis } from './sections';
import { RichTables } from './richTables';
import { styles } from './styles';
import { cleanText } from './text';

export type { ExportOptions } from './context';

/**
 * The agenda as a Word document for BZK (PRODUCT.md workflow 3), in the order of the cycle: cover, contents,
 * introduction, look-back, problem analysis, objectives, actions per type, monitoring, explained omissions,
 * signatures and the appendix with the actions per type. Plain Node: no Electron, no I/O.
 */
export function buildAgendaDocument(agenda: AgendaDetail, reference: ReferenceData, options: ExportOptions, rich?: RichTables): Document {
  const context = { ...exportContext(agenda, reference, options), rich };
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

function section(context: ExportContext, orientation: 'portrait' | 'landscape', children: Block[]): ISectionOptions {
  return a4Section(orientation, (width) => pageHeader(context, width), children);
}

/** The .docx file's bytes. */
export async function exportAgendaDocx(agenda: AgendaDetail, reference: ReferenceData, options: ExportOptions): Promise<Buffer> {
  const rich = new RichTables();
  const document = buildAgendaDocument(agenda, reference, options, rich);
  return rich.fill(await Packer.toBuffer(document, false, [coreProperties(agenda, options)]));
}

/** "Werkagenda Defensie 2025-2026 versie 3.docx" or "... concept.docx", safe as a file name on Windows, macOS and Linux. */
export function suggestedFileName(
  agenda: Pick<AgendaDetail, 'sectorName' | 'startYear' | 'endYear'>, revisionNumber?: number | null, extension: 'docx' | 'werkagenda' | 'csv' = 'docx',
): string {
  const suffix = revisionNumber ? `versie ${revisionNumber}` : 'concept';
  return safeFileName(`Werkagenda ${agenda.sectorName} ${formatPeriod(agenda.startYear, agenda.endYear)} ${suffix}`, extension);
}

/** A name without the characters Windows, macOS or Linux refuse, without a trailing dot or space, at most 150 characters. */
export function safeFileName(text: string, extension: string): string {
  const name = text
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return `${name.slice(0, 150)}.${extension}`;
}
