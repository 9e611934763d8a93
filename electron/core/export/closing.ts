import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, HeightRule } from 'docx';
import type { Signatory } from '../../../shared/domain/agenda';
import { formatDate, formatNumber, formatPercent, formatScore } from '../../../shared/format';
import { comparisonWords, jobsFigures, jobsTargetRule } from '../../../shared/jobsTable';
import { keyStateLabels, statusWords } from '../../../shared/keys';
import { actionsPerType, agendaScore, unusedSignificantTypes } from '../../../shared/score';
import type { ExportContext, ExportSignature } from './context';
import { type Block, jobsTable } from './sections';
import { MONO_FONT } from './styles';
import { cellText, dataTable } from './tables';
import { cleanText, heading, labelled, missing, para, runs, textOr } from './text';

/** The realised jobs per reference date against the target, as on the Banen en quotum screen. */
function realisationTable({ agenda, options }: ExportContext): Block[] {
  const jobs = options.jobs;
  // The plan's goals come from the agenda shown (a frozen revision may differ from the draft); the figures from the jobs screen.
  const rows = jobs ? jobsFigures({ ...jobs, startYear: agenda.startYear, endYear: agenda.endYear, jobGoals: agenda.jobGoals }).rows : [];
  if (rows.length === 0) return [missing('Nog geen realisatiecijfers vastgelegd.', { spacing: { before: 160 } })];
  const figure = (value: number | null, decimals = 2) => (value === null ? '–' : formatNumber(value, decimals));
  return [
    para('Gerealiseerde banen per peildatum tegenover het doel van dat jaar. Banen via inkoop en SROI staan apart en tellen niet mee.'),
    para(jobsTargetRule, { style: 'Small' }),
    dataTable(['Peildatum', 'Gerealiseerd', 'Doel', 'Percentage', 'Achterstand', 'Via inkoop en SROI'], [18, 15, 20, 14, 15, 18], rows.map((row) => [
      formatDate(row.date),
      figure(row.realised),
      row.target ? `${formatNumber(row.target.value, 1)} (${comparisonWords(row)})` : 'geen doel',
      row.share === null ? '–' : formatPercent(row.share),
      figure(row.behind, 1),
      figure(row.inkoop),
    ])),
  ];
}

export function monitoring(context: ExportContext): Block[] {
  return [
    heading('Monitoring en verantwoording', 1),
    heading('Verantwoording door werkgevers', 2),
    ...(context.agenda.employerCount !== null ? [labelled('Aantal werkgevers in de sector', formatNumber(context.agenda.employerCount))] : []),
    ...textOr(context.agenda.accountability, 'Nog niet beschreven hoe werkgevers verantwoording afleggen over hun inspanningen en resultaten.'),
    heading('Banen: doel en realisatie', 2),
    ...jobsTable(context, 'Nog geen doel voor het aantal banen per jaar.', 'Doel (banen)'),
    ...realisationTable(context),
  ];
}

export function unusedTypes(context: ExportContext): Block[] {
  const { agenda, reference } = context;
  const unused = unusedSignificantTypes(agenda, reference.actionTypes);
  const reasons = new Map(agenda.unusedTypeReasons.map((entry) => [entry.typeId, entry.reason]));
  const result: Block[] = [heading('Toelichting niet-gebruikte actietypen', 1)];
  if (unused.length === 0) return [...result, para('De werkagenda gebruikt alle actietypen uit het onderzoek van Significant.')];
  result.push(para('Het Bestuursakkoord vraagt de conclusies van Significant te gebruiken of uit te leggen waarom niet. Deze actietypen gebruikt de werkagenda niet:'));
  result.push(dataTable(['Nr', 'Actietype', 'Toelichting'], [7, 40, 53], unused.map((type) => [
    String(type.id),
    type.name,
    textOr(reasons.get(type.id), 'Geen toelichting gegeven.', { style: 'TableText' }),
  ])));
  return result;
}

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

/** "Datum:" and "Handtekening:" with a ruled line in the cell next to them, to sign by hand. */
function signatureLines(): Table {
  const labelWidth = 1900;
  const lineWidth = 5200;
  const row = (label: string, height: number) => new TableRow({
    cantSplit: true,
    height: { value: height, rule: HeightRule.ATLEAST },
    children: [
      new TableCell({ width: { size: labelWidth, type: WidthType.DXA }, verticalAlign: 'bottom', borders: { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder }, children: [para(label, { spacing: { after: 0 } })] }),
      new TableCell({ width: { size: lineWidth, type: WidthType.DXA }, borders: { top: noBorder, bottom: rule, left: noBorder, right: noBorder }, children: [cellText('')] }),
    ],
  });
  return new Table({
    width: { size: labelWidth + lineWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, lineWidth],
    layout: TableLayoutType.FIXED,
    borders: { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder },
    margins: { left: 0, right: 100, top: 0, bottom: 40 },
    rows: [row('Datum:', 560), row('Handtekening:', 1100)],
  });
}

function signatory(person: Signatory, signed: ExportSignature | undefined): Block[] {
  const keep = { keepNext: true, keepLines: true };
  const details = [person.function, person.organisation].map((text) => text.trim()).filter(Boolean);
  const name = para(`${person.name}${person.required ? '' : ' (handtekening niet verplicht)'}`, { ...keep, spacing: { before: 480, after: 40 } }, { bold: true });
  if (!signed) return [name, ...details.map((text) => para(text, { ...keep, spacing: { after: 40 } })), signatureLines()];
  return [
    name,
    ...details.map((text) => para(text, { ...keep, spacing: { after: 40 } })),
    new Paragraph({ keepNext: true, keepLines: true, spacing: { after: 40 }, children: runs(`Digitaal ondertekend op ${formatDate(signed.signedOn)}.`) }),
    new Paragraph({ keepLines: true, children: [
      ...runs('Controlecode van de sleutel: ', { bold: true }), new TextRun({ text: cleanText(signed.keyFingerprint), font: MONO_FONT, size: 18 }),
      ...(signed.keyState ? runs(` (${keyStateLabels[signed.keyState]} in de installatie die dit document maakte)`) : []),
    ] }),
  ];
}

export function signatures(context: ExportContext): Block[] {
  const { agenda, options } = context;
  const result: Block[] = [heading('Ondertekening', 1, { pageBreakBefore: true })];
  result.push(para('Met hun handtekening stemmen de ondertekenaars in met deze werkagenda. Zij zeggen toe dat zij zich inzetten voor de uitvoering.'));
  if (options.revision) {
    result.push(
      para(`De ondertekening geldt voor versie ${options.revision.number}, met deze controlecode van de inhoud. Elke wijziging daarna maakt een nieuwe versie, die opnieuw ondertekend moet worden.`),
      new Paragraph({ children: [...runs('Controlecode: ', { bold: true }), new TextRun({ text: cleanText(options.revision.fingerprint), font: MONO_FONT, size: 18 })] }),
    );
    // A valid signature only proves a key signed; whether that key is the signer's is known only where it was confirmed.
    if (options.revision.keys) {
      result.push(new Paragraph({ children: [
        ...runs('Status: ', { bold: true }),
        ...runs(options.revision.vastgesteld ? statusWords('vastgesteld', options.revision.keys) : 'Nog niet vastgesteld'),
      ] }));
    }
  }
  if (agenda.signatories.length === 0) return [...result, missing('Nog geen ondertekenaars vastgelegd.')];
  const signedBy = new Map((options.signatures ?? []).map((signature) => [signature.signatoryId, signature]));
  for (const person of agenda.signatories) result.push(...signatory(person, signedBy.get(person.id)));
  return result;
}

export function appendix(context: ExportContext): Block[] {
  const { agenda, reference } = context;
  const counts = actionsPerType(agenda);
  const score = agendaScore(agenda, reference.actionTypes);
  return [
    heading('Bijlage: aantal acties per actietype', 1, { pageBreakBefore: true }),
    para('Een actie telt mee bij haar belangrijkste actietype en bij elk ander actietype dat zij heeft. Actietypen met + zijn door de onderzoekers toegevoegd aan de negen van Significant.'),
    dataTable(['Nr', 'Actietype', 'Acties'], [8, 78, 14], reference.actionTypes.map((type) => [
      String(type.id),
      `${type.name}${type.origin === 'toegevoegd' ? ' +' : ''}`,
      String(counts.get(type.id) ?? 0),
    ])),
    para(`Score: ${formatScore(score, reference.actionTypes.length)}`, { spacing: { before: 240 } }, { bold: true }),
    para('De score is het aantal verschillende actietypen dat de werkagenda gebruikt.', { style: 'Small' }),
  ];
}
