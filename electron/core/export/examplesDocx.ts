import { Document, Packer } from 'docx';
import type { LibraryEntry, LibraryFilter } from '../../../shared/domain/examples';
import type { ActionType } from '../../../shared/domain/reference';
import { countWords, formatDate, formatPeriod } from '../../../shared/format';
import { a4Section, runningHeader } from './frame';
import { corePropertiesOf } from './properties';
import type { Block } from './sections';
import { COLORS, styles } from './styles';
import { cleanText, heading, labelled, missing, para, paragraphs } from './text';

export interface ExamplesExport {
  entries: LibraryEntry[];
  filter: LibraryFilter;
  actionTypes: ActionType[];
  generatedOn: string;
}

const title = 'Goede voorbeelden Banenafspraak';

/** What the reader of the document chose, so a filtered export says it is not the whole library. */
function selectionWords({ filter, actionTypes }: ExamplesExport): string {
  const parts = [
    filter.typeId !== null ? `actietype ${filter.typeId}. ${actionTypes.find((type) => type.id === filter.typeId)?.name ?? ''}`.trim() : '',
    filter.sectorName !== null ? `sector ${filter.sectorName}` : '',
    filter.text.trim() ? `met “${filter.text.trim()}”` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'alle goede voorbeelden';
}

/** One example: what worked, where, and whom to ask; also a chapter of the overleg's export. */
export function exampleBlocks(entry: LibraryEntry): Block[] {
  const contact = entry.contact
    ? [entry.contact.name, entry.contact.email, entry.contact.phone].filter(Boolean).join(', ')
    : null;
  return [
    heading(entry.actionTitle, 3),
    labelled('Sector', entry.sectorName),
    labelled('Werkagenda', `${entry.agendaTitle} (${formatPeriod(entry.startYear, entry.endYear)})`),
    para('Wat werkte', { spacing: { before: 120 } }, { bold: true }),
    ...paragraphs(entry.whatWorked),
    ...(entry.organisation ? [labelled('Organisatie', entry.organisation)] : []),
    contact ? labelled('Contact', contact) : missing('De contactgegevens zijn niet gedeeld.'),
  ];
}

/** The Overleg's library of good examples as a Word document, one chapter per action type. */
export async function exportExamplesDocx(input: ExamplesExport): Promise<Buffer> {
  const byType = input.actionTypes.map((type) => ({ type, entries: input.entries.filter((entry) => entry.typeId === type.id) }))
    .filter((group) => group.entries.length > 0);
  const body: Block[] = [
    para('Dossierhoudersoverleg Banenafspraak', { spacing: { before: 1200, after: 240 } }, { size: 24, color: COLORS.muted }),
    para(title, { style: 'Title' }),
    labelled('Selectie', selectionWords(input)),
    labelled('Datum', formatDate(input.generatedOn)),
    labelled('Aantal', countWords(input.entries.length, 'goed voorbeeld', 'goede voorbeelden')),
    para('Wat in een sector werkte, met wie u erover kunt bellen of mailen. Contactgegevens staan er alleen bij als de contactpersoon toestemming gaf om ze te delen.'),
    ...(byType.length === 0 ? [missing('Er zijn (nog) geen goede voorbeelden die bij deze selectie passen.')] : []),
    ...byType.flatMap(({ type, entries }) => [heading(`${type.id}. ${type.name}`, 1), ...entries.flatMap(exampleBlocks)]),
  ];
  const document = new Document({
    title: cleanText(title),
    creator: 'Werkagenda Banenafspraak',
    styles,
    sections: [a4Section('portrait', (width) => runningHeader(title, width), body)],
  });
  return Packer.toBuffer(document, false, [corePropertiesOf({
    title, subject: 'Goede voorbeelden uit de werkagenda’s van de sectoren', keywords: 'Banenafspraak; goede voorbeelden', description: selectionWords(input),
    revision: null, created: new Date(),
  })]);
}

export const examplesFileName = () => 'Goede voorbeelden Banenafspraak.docx';
