import type { AgendaDetail } from '../../../shared/domain/agenda';
import { formatPeriod } from '../../../shared/format';
import type { ExportOptions } from './context';
import { LANGUAGE } from './styles';
import { cleanText } from './text';

const escapeXml = (text: string) =>
  cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** W3C date-time without milliseconds, as Word writes it; now when the timestamp cannot be read. */
function w3cdtf(timestamp: string | Date): string {
  const date = new Date(timestamp);
  return (Number.isNaN(date.getTime()) ? new Date() : date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * docProps/core.xml, written here rather than by docx because docx has no option for the document's language
 * (dc:language), which screen readers and BZK's archive read alongside the nl-NL of the styles.
 */
export function coreProperties(agenda: AgendaDetail, options: ExportOptions): { path: string; data: string } {
  const period = formatPeriod(agenda.startYear, agenda.endYear);
  return corePropertiesOf({
    title: agenda.title,
    subject: `Werkagenda Banenafspraak ${agenda.sectorName} ${period}`,
    keywords: `Banenafspraak; werkagenda; ${agenda.sectorName}; ${period}`,
    description: options.draft ? 'Concept' : `Versie ${options.revision?.number ?? ''}`.trim(),
    revision: options.revision?.number ?? null,
    created: agenda.createdAt,
  });
}

/** docProps/core.xml for any document this application makes. */
export function corePropertiesOf(fields: { title: string; subject: string; keywords: string; description: string; revision: number | null; created: string | Date }) {
  const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const data = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', fields.title),
    element('dc:subject', fields.subject),
    element('dc:creator', 'Werkagenda Banenafspraak'),
    element('cp:keywords', fields.keywords),
    element('dc:description', fields.description),
    element('cp:lastModifiedBy', 'Werkagenda Banenafspraak'),
    element('dc:language', LANGUAGE),
    ...(fields.revision ? [element('cp:revision', String(fields.revision))] : []),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(fields.created)}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(new Date())}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
  return { path: 'docProps/core.xml', data };
}
