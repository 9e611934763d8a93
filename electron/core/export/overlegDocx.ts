import { Document, Packer } from 'docx';
import type { OverlegAgenda, OverlegPeriod, SectorGroup } from '../../../shared/domain/overleg';
import type { ReferenceData } from '../../../shared/domain/reference';
import { countWords, dutchList, formatDate, formatNumber, formatPercent, formatPeriod, formatScore } from '../../../shared/format';
import { statusWords } from '../../../shared/keys';
import { addresseeShort } from '../../../shared/labels';
import { actionMix } from '../../../shared/actionMix';
import { evaluationResultLabels } from '../../../shared/domain/cycle';
import { actionStatusLabels } from '../../../shared/domain/monitoring';
import {
  cycleChecks, cycleCheckCodes, cycleCheckLabels, evaluationsByType, jobsPerSector, overlegTargetStatuses, overlegTargetStatusLabels, resultCountWords,
  helpedCounts, sharedKnelpunten, signalsForMinistries, targetsPerSector, typeMatrix,
} from '../../../shared/overleg';
import { targetStatusRule } from '../../../shared/targetStatus';
import { jobsTargetRule, targetSourceLabels } from '../../../shared/jobsTable';
import type { LibraryEntry } from '../../../shared/domain/examples';
import { contents } from './cover';
import { exampleBlocks } from './examplesDocx';
import { a4Section, runningHeader } from './frame';
import { corePropertiesOf } from './properties';
import type { Block } from './sections';
import { COLORS, CONTENT_WIDTH, LANDSCAPE_CONTENT_WIDTH, styles } from './styles';
import { cellText, dataTable } from './tables';
import { cleanText, heading, labelled, missing, para, paragraphs } from './text';

export interface OverlegExport {
  period: OverlegPeriod;
  group: SectorGroup | null;
  agendas: OverlegAgenda[];
  flagged: { sectorName: string; title: string; reason: string }[];
  reference: ReferenceData;
  generatedOn: string;
  /** The good examples of the compared agendas (contact details only where consent was given). */
  examples?: LibraryEntry[];
}

const title = (input: OverlegExport) => `Vergelijking werkagenda’s ${formatPeriod(input.period.startYear, input.period.endYear)}`;

function header(input: OverlegExport, width: number) {
  const group = input.group ? `, ${input.group.name}` : '';
  return runningHeader(`Dossierhoudersoverleg: ${title(input).toLowerCase()}${group}`, width);
}

function front(input: OverlegExport): Block[] {
  const compared = input.agendas.map((agenda) => `${agenda.sectorName}: ${agenda.title} (${agenda.revisionNumber ? `versie ${agenda.revisionNumber}, ` : ''}${statusWords(agenda.signoff.state, agenda.signoff.keys).toLowerCase()})`);
  return [
    para('Dossierhoudersoverleg Banenafspraak', { spacing: { before: 2400, after: 240 } }, { size: 24, color: COLORS.muted }),
    para(title(input), { style: 'Title' }),
    labelled('Periode', formatPeriod(input.period.startYear, input.period.endYear)),
    labelled('Sectoren', input.group ? input.group.name : 'Alle sectoren'),
    labelled('Datum', formatDate(input.generatedOn)),
    labelled('Aantal werkagenda’s', String(input.agendas.length)),
    heading('Vergeleken werkagenda’s', 2),
    ...(compared.length ? compared.map((line) => para(line, { bullet: { level: 0 } })) : [missing('Geen werkagenda’s in deze periode.')]),
    ...(input.flagged.length ? [
      heading('Niet vergeleken', 2),
      para('Deze werkagenda’s zijn niet meegenomen, omdat hun inhoud of handtekeningen niet kloppen:'),
      ...input.flagged.map((item) => para(`${item.sectorName}: ${item.title}. ${item.reason}`, { bullet: { level: 0 } })),
    ] : []),
  ];
}

/** Seed 003 chapter 4 as a table: the types as rows, a column per sector, "x/12" both ways. */
function matrixSection(input: OverlegExport): Block[] {
  const matrix = typeMatrix(input.agendas, input.reference.actionTypes);
  const n = matrix.columns.length;
  const headers = ['Actietype', ...matrix.columns.map((column) => column.sectorName), 'In werkagenda’s'];
  const widths = [n > 6 ? 30 : 40, ...matrix.columns.map(() => 5), 10];
  const rows = matrix.rows.map((row) => [`${row.typeId}. ${row.typeName}`, ...row.cells.map((cell) => String(cell.count)), formatScore(row.agendaCount, n)]);
  rows.push(['Score (aantal actietypen)', ...matrix.columns.map((column) => formatScore(column.score, matrix.typeTotal)), '']);
  return [
    heading('Actietypen per sector', 1, { pageBreakBefore: true }),
    para('Per actietype het aantal acties in de werkagenda van elke sector. De laatste kolom telt in hoeveel werkagenda’s het type voorkomt; de laatste regel geeft de score van elke werkagenda: het aantal verschillende actietypen.'),
    dataTable(headers, widths, rows, LANDSCAPE_CONTENT_WIDTH, { verticalHeaders: matrix.columns.map((_, index) => index + 1) }),
  ];
}

function checksSection(input: OverlegExport): Block[] {
  const labels = cycleCheckCodes.map((code) => cycleCheckLabels[code]);
  const rows = input.agendas.map((agenda) => [agenda.sectorName, ...cycleChecks(agenda, input.reference.actionTypes).map((check) => [
    para(check.ok ? 'Ja' : 'Nee', { style: 'TableText' }, { bold: true }), ...paragraphs(check.detail, { style: 'TableText' }),
  ])]);
  return [
    heading('Volledigheid van de beleidscyclus', 1, { pageBreakBefore: true }),
    para('Per sector of de werkagenda elke stap van de beleidscyclus (plannen, uitvoeren, controleren en bijsturen) op papier zet. Dit is geen rangorde: elke controle staat op zichzelf.'),
    input.agendas.length ? dataTable(['Sector', ...labels], [12, ...cycleCheckCodes.map(() => 12.5)], rows, LANDSCAPE_CONTENT_WIDTH) : missing('Geen werkagenda’s.'),
  ];
}

function mixSection(input: OverlegExport): Block[] {
  const rows = input.agendas.map((agenda) => {
    const mix = actionMix(agenda.actions);
    return [agenda.sectorName, ...[mix.total, mix.byNature.nieuw, mix.byNature.voortgezet, mix.byNature.bestaand, mix.byActor.sector, mix.byActor.werkgevers, mix.byActor.partner].map(String)];
  });
  return [
    heading('Nieuw of bestaand, en wie uitvoert', 2),
    para('Per sector hoeveel acties nieuw zijn, voortgezet uit de vorige werkagenda of bestaande praktijk, en wie ze uitvoert (§3.3).'),
    input.agendas.length
      ? dataTable(['Sector', 'Acties', 'Nieuw', 'Voortgezet', 'Bestaande praktijk', 'Door de sector', 'Door werkgevers', 'Door partners'], [23, 11, 11, 11, 11, 11, 11, 11], rows, LANDSCAPE_CONTENT_WIDTH)
      : missing('Geen werkagenda’s.'),
  ];
}

function jobsSection(input: OverlegExport): Block[] {
  const rows = jobsPerSector(input.agendas).map((row) => [
    row.sectorName,
    row.target === null ? `geen doel voor ${row.year}` : `${formatNumber(row.target.value, 1)} (${targetSourceLabels[row.target.source]}, ${row.year})`,
    row.realised === null ? 'nog niet gemeld' : formatNumber(row.realised),
    row.row ? `${formatDate(row.row.date)}${row.row.beforeYearEnd && row.row.target ? ` (vergeleken met het doel voor eind ${row.year})` : ''}` : '–',
    row.share === null ? '–' : formatPercent(row.share),
    row.behind === null ? '–' : formatNumber(row.behind, 1),
  ]);
  return [
    heading('Banen: doel en realisatie', 1, { pageBreakBefore: true }),
    para('Per sector het doel voor het jaar van de laatste realisatie en het laatst gemelde aantal gerealiseerde banen (zonder inkoop en SROI), berekend zoals op het scherm Banen en quotum van de sector.'),
    para(jobsTargetRule, { style: 'Small' }),
    rows.length ? dataTable(['Sector', 'Doel (jaar)', 'Gerealiseerd', 'Peildatum', 'Percentage', 'Achterstand'], [16, 22, 16, 17, 14, 15], rows, CONTENT_WIDTH) : missing('Geen werkagenda’s.'),
  ];
}

function targetsSection(input: OverlegExport): Block[] {
  const rows = targetsPerSector(input.agendas).map((row) => [
    row.sectorName, ...overlegTargetStatuses.map((status) => String(row.counts[status])), String(row.total),
  ]);
  return [
    heading('Doelen per sector', 1, { pageBreakBefore: true }),
    para(`Per sector hoeveel meetbare doelen behaald zijn, op koers liggen, achterlopen of nog niet gemeten zijn, op ${formatDate(input.generatedOn)} of op 31 december van het laatste jaar als dat eerder is. ${targetStatusRule} Een doel zonder oordeel telt hier als nog niet gemeten.`),
    rows.length
      ? dataTable(['Sector', ...overlegTargetStatuses.map((status) => capitalise(overlegTargetStatusLabels[status])), 'Totaal'], [30, 14, 14, 14, 16, 12], rows, CONTENT_WIDTH)
      : missing('Geen werkagenda’s.'),
  ];
}

function lessonsSection(input: OverlegExport): Block[] {
  const types = evaluationsByType(input.agendas, input.reference.actionTypes);
  const result: Block[] = [
    heading('Wat werkte per actietype', 1, { pageBreakBefore: true }),
    para('Per actietype wat de sectoren in hun evaluatie schrijven: werkte de actie, waarom, en wat ze ervan leerden. Zo leert de ene sector van de andere (aanbeveling 4 van het onderzoek).'),
  ];
  if (types.length === 0) return [...result, missing('Nog geen enkele sector heeft een actie geëvalueerd.')];
  const helped = helpedCounts(input.agendas, input.reference.catalogue);
  result.push(heading('Wat hielp volgens de evaluaties', 2));
  result.push(helped.length === 0 ? missing('Geen van de evaluaties noemt nog een succesfactor.')
    : dataTable(['Succesfactor uit het onderzoek', 'Acties', 'Sectoren'], [45, 12, 43], helped.map((factor) => [`${factor.code}. ${factor.title}`, String(factor.actionCount), dutchList(factor.sectors)]), CONTENT_WIDTH));
  for (const type of types) {
    result.push(heading(`${type.typeId}. ${type.typeName}`, 2));
    result.push(para(`${capitalise(resultCountWords(type.counts))}; in ${countWords(type.sectorCount, 'sector', 'sectoren')}.`));
    result.push(dataTable(['Sector', 'Actie', 'Werkte de actie?', 'Waarom', 'Wat hebben we geleerd?'], [14, 22, 14, 25, 25], type.sectors.flatMap((sector) => sector.actions.map((action) => [
      sector.sectorName,
      [para(action.title, { style: 'TableText' }, { bold: true }), para(actionStatusLabels[action.status], { style: 'TableText' })],
      action.result ? evaluationResultLabels[action.result] : 'Geen oordeel',
      action.why || '–',
      action.lesson || '–',
    ])), CONTENT_WIDTH));
  }
  return result;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function knelpuntenSection(input: OverlegExport): Block[] {
  const groups = sharedKnelpunten(input.agendas, input.reference.catalogue);
  const result: Block[] = [
    heading('Gedeelde knelpunten', 1, { pageBreakBefore: true }),
    para('Knelpunten per categorie uit de catalogus van het onderzoek (§5.2); die van twee of meer sectoren staan voorop, met hun oplossingen naast elkaar.'),
  ];
  if (groups.length === 0) return [...result, missing('Geen knelpunten in deze werkagenda’s.')];
  for (const group of groups) {
    result.push(heading(`${group.title}${group.shared ? ` (${group.sectorCount} sectoren)` : ''}`, 2));
    result.push(dataTable(['Sector', 'Knelpunt', 'Oorzaak', 'Aangepakt door'], [16, 36, 24, 24], group.sectors.flatMap((sector) => sector.knelpunten.map((knelpunt) => [
      sector.sectorName,
      [para(knelpunt.title, { style: 'TableText' }, { bold: true }), ...paragraphs(knelpunt.description, { style: 'TableText' })],
      knelpunt.cause || '–',
      knelpunt.answeredBy.length ? knelpunt.answeredBy.map((action) => cellText(action.title)) : [cellText('nog geen actie')],
    ])), CONTENT_WIDTH));
  }
  return result;
}

function signalsSection(input: OverlegExport): Block[] {
  const groups = signalsForMinistries(input.agendas, input.reference.catalogue);
  const result: Block[] = [
    heading('Signalen voor SZW en BZK', 1, { pageBreakBefore: true }),
    para('Knelpunten die de sectoren en hun werkgevers niet zelf kunnen oplossen (aanbeveling 1, §6.1), per thema, met wat elke sector vraagt van het ministerie van SZW (wet- en regelgeving), het ministerie van BZK (overheidsbreed beleid en uitvoering) of een andere partij.'),
  ];
  if (groups.length === 0) return [...result, missing('Geen van deze werkagenda’s legt een knelpunt bij SZW, BZK of een andere partij.')];
  for (const group of groups) {
    result.push(heading(group.code ? `${group.title} (${countWords(group.sectorCount, 'sector', 'sectoren')})` : `Zonder categorie (${countWords(group.sectorCount, 'sector', 'sectoren')})`, 2));
    result.push(dataTable(['Sector', 'Knelpunt', 'Aan', 'Verzoek'], [16, 30, 12, 42], group.sectors.flatMap((sector) => sector.knelpunten.map((knelpunt) => [
      sector.sectorName,
      [para(knelpunt.title, { style: 'TableText' }, { bold: true }), ...paragraphs(knelpunt.cause, { style: 'TableText' })],
      addresseeShort[knelpunt.addressee],
      knelpunt.request || 'nog geen verzoek',
    ])), CONTENT_WIDTH));
  }
  return result;
}

function examplesSection(input: OverlegExport): Block[] {
  const entries = input.examples ?? [];
  const result: Block[] = [
    heading('Goede voorbeelden', 1, { pageBreakBefore: true }),
    para('Wat in de vergeleken werkagenda’s werkte, per actietype, met wie u erover kunt bellen of mailen (aanbeveling 2b). Contactgegevens staan er alleen bij als de contactpersoon toestemming gaf.'),
  ];
  if (entries.length === 0) return [...result, missing('Geen van deze werkagenda’s deelt nog een goed voorbeeld.')];
  for (const type of input.reference.actionTypes) {
    const ofType = entries.filter((entry) => entry.typeId === type.id);
    if (ofType.length > 0) result.push(heading(`${type.id}. ${type.name}`, 2), ...ofType.flatMap(exampleBlocks));
  }
  return result;
}

/** The comparison for the meeting, with the conventions of the agenda export (A4, Arial, headings, repeated table headers, nl-NL). */
export async function exportOverlegDocx(input: OverlegExport): Promise<Buffer> {
  const document = new Document({
    title: cleanText(title(input)),
    creator: 'Werkagenda Banenafspraak',
    styles,
    features: { updateFields: true },
    sections: [
      a4Section('portrait', (width) => header(input, width), [...front(input), ...contents()]),
      a4Section('landscape', (width) => header(input, width), [...matrixSection(input), ...checksSection(input), ...mixSection(input)]),
      a4Section('portrait', (width) => header(input, width), [...jobsSection(input), ...targetsSection(input), ...lessonsSection(input), ...knelpuntenSection(input), ...signalsSection(input), ...examplesSection(input)]),
    ],
  });
  const period = formatPeriod(input.period.startYear, input.period.endYear);
  return Packer.toBuffer(document, false, [corePropertiesOf({
    title: title(input), subject: `Dossierhoudersoverleg Banenafspraak ${period}`, keywords: `Banenafspraak; dossierhoudersoverleg; ${period}`,
    description: input.group ? input.group.name : 'Alle sectoren', revision: null, created: new Date(),
  })]);
}

export function overlegFileName(period: OverlegPeriod, group: SectorGroup | null, extension: 'docx' | 'csv'): string {
  const name = `Vergelijking werkagenda’s ${formatPeriod(period.startYear, period.endYear)}${group ? ` ${group.name}` : ''}`
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim();
  return `${name.slice(0, 150)}.${extension}`;
}

