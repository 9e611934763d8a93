import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { ProgressReport, ReportAction, ReportTarget } from '../../../shared/domain/report';
import { formatDate, formatNumber, formatPeriod } from '../../../shared/format';
import { jobsTargetRule } from '../../../shared/jobsTable';
import { actionCountRule } from '../../../shared/report/actionsAtPeildatum';
import { attentionRule } from '../../../shared/report/attention';
import { peildatumForFileName, peildatumRule } from '../../../shared/report/peildatum';
import { noMeasurementsSentence, reportName } from '../../../shared/report/progressReport';
import {
  actionCountRows, employerCells, employerHeaders, evaluationResultWords, inkoopSentence, milestoneWords, noActions, noAttention, noEmployers,
  noEvaluation, noKnelpunten, noRealisation, noTargets, notesCaption, noteWords, peildatumWords, realisationCells, realisationHeaders,
  reportHeadings as H, statusWords, targetCountRows, targetFactCells, targetFactHeaders, targetLine, targetOwner,
} from '../../../shared/report/words';
import { targetStatusLabels, targetStatusRule } from '../../../shared/targetStatus';
import { safeFileName } from './agendaDocx';
import { BulkTables } from './bulkTables';
import { a4Section, runningHeader } from './frame';
import { corePropertiesOf } from './properties';
import type { Block } from './sections';
import { COLORS, MONO_FONT, styles } from './styles';
import { cellText, dataTable } from './tables';
import { cleanText, heading, labelled, missing, para, paragraphs, runs } from './text';

/**
 * The voortgangsrapportage as a Word document, with the conventions of the agenda export: A4, nl-NL, heading styles
 * with outline levels, header rows repeated on every page, "Pagina N van M", CONCEPT in the header of a report on a
 * draft, the version and its fingerprint when it is about a vastgestelde version. Everything shown is worked out in
 * shared/report; this file only lays it out, in the order of the screen.
 */

const bullet = (text: string) => para(text, { bullet: { level: 0 } });
const small = (text: string) => para(text, { style: 'Small' });

function front(report: ProgressReport, generatedOn: string): Block[] {
  const result: Block[] = [
    para('Voortgangsrapportage', { spacing: { before: 240, after: 240 } }, { size: 24, color: COLORS.muted }),
  ];
  if (report.basis.kind === 'concept') result.push(para('CONCEPT', { spacing: { after: 240 } }, { size: 40, bold: true, color: COLORS.draft }));
  result.push(
    para(report.title, { style: 'Title' }),
    labelled('Sector', report.sectorName),
    labelled('Periode', formatPeriod(report.startYear, report.endYear)),
    labelled('Peildatum', peildatumWords(report)),
  );
  if (report.peildatumIsDefault) result.push(small(peildatumRule));
  if (report.basis.kind === 'vastgesteld') {
    result.push(
      labelled('Versie', String(report.basis.number)),
      new Paragraph({ children: [...runs('Controlecode: ', { bold: true }), new TextRun({ text: cleanText(report.basis.fingerprint), font: MONO_FONT, size: 18 })] }),
    );
  }
  result.push(labelled('Datum', formatDate(generatedOn)), para(report.basisText, {}, { italics: report.basis.kind === 'concept' }));
  return result;
}

/** A count table of one row: the categories as column headers, so the first page stays one page. */
function counts(rows: { label: string; count: number }[], total: number) {
  return dataTable([...rows.map((row) => row.label), 'Totaal'], [...rows.map(() => 10), 8], [[...rows.map((row) => String(row.count)), String(total)]]);
}

function glance(report: ProgressReport): Block[] {
  const { targets, actions, attention } = report.glance;
  return [
    heading(H.glance, 1),
    heading(H.glanceTargets, 2),
    targets.total === 0 ? missing(noTargets)
      : report.hasMeasurements ? counts(targetCountRows.map((row) => ({ label: row.label, count: targets[row.status] })), targets.total)
        : para(noMeasurementsSentence(report.peildatum)),
    heading(H.glanceJobs, 2),
    para(report.jobs.sentence),
    heading(H.glanceActions, 2),
    actions.total === 0 ? missing(noActions) : counts(actionCountRows.map((row) => ({ label: row.label, count: actions[row.category] })), actions.total),
    small(actionCountRule),
    heading(H.attention, 2),
    ...(attention.length === 0 ? [para(noAttention)]
      : attention.map((point, index) => new Paragraph({ children: [...runs(`${index + 1}. ${point.title}: `, { bold: true }), ...runs(point.reason)] }))),
    small(attentionRule),
  ];
}

function targetBlock(target: ReportTarget, bulk: BulkTables): Block[] {
  const result: Block[] = [
    heading(target.indicator, 2),
    labelled('Bij', targetOwner(target), { keepNext: true }),
    bulk.table('plan', targetFactHeaders.length, [targetFactCells(target)], (rows) => dataTable(targetFactHeaders, [14, 16, 17, 19, 20, 14], rows)),
    new Paragraph({ spacing: { before: 120 }, children: [...runs('Status: ', { bold: true }), ...runs(targetStatusLabels[target.status], { bold: true }), ...runs(`. ${target.reason}`)] }),
    // Without a measurement the reason already says so.
    ...(target.measurements.length === 0 ? [] : [bulk.table('metingen', 4,
      target.measurements.map((item) => [formatDate(item.date), `${formatNumber(item.value)} ${target.unit}`, item.source || '–', item.note || '–']),
      (rows) => dataTable(['Datum', 'Waarde', 'Bron', 'Toelichting'], [18, 16, 28, 38], rows))]),
  ];
  if (target.perYear) {
    result.push(heading('Per jaar', 3), target.years.length === 0 ? missing('Nog geen jaar om te beoordelen.')
      : dataTable(['Jaar', 'Status', 'Waarom'], [12, 18, 70], target.years.map((year) => [String(year.year), targetStatusLabels[year.status], year.reason])));
  }
  return result;
}

function targetsSection(report: ProgressReport, bulk: BulkTables): Block[] {
  const result: Block[] = [heading(H.targets, 1, { pageBreakBefore: true })];
  if (report.targets.length === 0) return [...result, missing(noTargets)];
  if (!report.hasMeasurements) return [...result, para(noMeasurementsSentence(report.peildatum)), ...report.targets.map((target) => bullet(targetLine(target)))];
  return [...result, small(targetStatusRule), ...report.targets.flatMap((target) => targetBlock(target, bulk))];
}

function actionBlock(action: ReportAction, peildatum: string): Block[] {
  const milestones = (label: string, items: ReportAction['milestonesDone']) =>
    (items.length === 0 ? [labelled(label, 'geen')] : [para(`${label}:`, { keepNext: true }, { bold: true }), ...items.map((item) => bullet(milestoneWords(item)))]);
  return [
    heading(action.title, 2),
    labelled('Status', statusWords(action, peildatum)),
    labelled('Planning', action.planning),
    ...(action.jobsPrognosis === null ? [] : [labelled('Prognose banen', formatNumber(action.jobsPrognosis))]),
    ...milestones('Mijlpalen afgerond', action.milestonesDone),
    ...milestones('Mijlpalen nog open', action.milestonesOpen),
    para(notesCaption(action), { keepNext: action.notes.length > 0 }, { bold: true }),
    ...action.notes.map((note) => bullet(noteWords(note))),
  ];
}

function actionsSection(report: ProgressReport): Block[] {
  const result: Block[] = [heading(H.actions, 1, { pageBreakBefore: true })];
  return report.actions.length === 0 ? [...result, missing(noActions)] : [...result, ...report.actions.flatMap((action) => actionBlock(action, report.peildatum))];
}

function jobsSection(report: ProgressReport): Block[] {
  const { jobs } = report;
  return [
    heading(H.jobs, 1, { pageBreakBefore: true }),
    para(jobs.sentence),
    small(jobsTargetRule),
    heading(`${H.employers} in ${jobs.year}`, 2),
    jobs.employers.length === 0 ? missing(noEmployers)
      : dataTable(employerHeaders(jobs.year), [19, 14, 19, 17, 15, 16], jobs.employers.map(employerCells)),
    heading(H.realisation, 2),
    jobs.rows.length === 0 ? missing(noRealisation) : dataTable(realisationHeaders, [13, 15, 12, 8, 22, 15, 15], jobs.rows.map(realisationCells)),
    heading(H.inkoop, 2),
    para(inkoopSentence(report)),
    heading(H.prognosis, 2),
    para(jobs.prognosis.sentence),
  ];
}

function evaluationSection(report: ProgressReport): Block[] {
  const result: Block[] = [heading(H.evaluation, 1, { pageBreakBefore: true })];
  if (report.evaluations.length === 0) return [...result, missing(noEvaluation)];
  return [...result, dataTable(['Actie', 'Werkte de actie?', 'Waarom', 'Wat hebben we geleerd?'], [25, 15, 30, 30], report.evaluations.map((item) => [
    item.actionTitle, evaluationResultWords(item.result), item.why ? paragraphs(item.why, { style: 'TableText' }) : '–', item.lesson ? paragraphs(item.lesson, { style: 'TableText' }) : '–',
  ]))];
}

function knelpuntenSection(report: ProgressReport): Block[] {
  const result: Block[] = [heading(H.knelpunten, 1)];
  if (report.foundKnelpunten.length === 0) return [...result, missing(noKnelpunten)];
  return [...result, dataTable(['Knelpunt', 'Oorzaak', 'Gevonden bij'], [45, 30, 25], report.foundKnelpunten.map((item) => [
    [para(item.title, { style: 'TableText' }, { bold: true }), ...paragraphs(item.description, { style: 'TableText' })],
    item.cause || '–',
    item.actionTitles.length ? item.actionTitles.map(cellText) : '–',
  ]))];
}

function headerText(report: ProgressReport): string {
  const version = report.basis.kind === 'vastgesteld' ? `, versie ${report.basis.number}` : '';
  return `${reportName(report)}${version}, peildatum ${formatDate(report.peildatum)}`;
}

/** The document; the rows of the tables per target are left to `bulk` (see bulkRows.ts). */
export function buildReportDocument(report: ProgressReport, generatedOn: string, bulk: BulkTables): Document {
  const children = [
    ...front(report, generatedOn), ...glance(report), ...targetsSection(report, bulk), ...actionsSection(report), ...jobsSection(report),
    ...evaluationSection(report), ...knelpuntenSection(report),
  ];
  return new Document({
    title: cleanText(`${reportName(report)} peildatum ${formatDate(report.peildatum)}`),
    creator: 'Werkagenda Banenafspraak',
    styles,
    sections: [a4Section('portrait', (width) => runningHeader(headerText(report), width, report.basis.kind === 'concept'), children)],
  });
}

/** The .docx file's bytes. */
export async function exportReportDocx(report: ProgressReport, generatedOn: string): Promise<Buffer> {
  const period = formatPeriod(report.startYear, report.endYear);
  const properties = corePropertiesOf({
    title: `${reportName(report)} peildatum ${formatDate(report.peildatum)}`,
    subject: `Voortgangsrapportage Banenafspraak ${report.sectorName} ${period}`,
    keywords: `Banenafspraak; voortgangsrapportage; ${report.sectorName}; ${period}`,
    description: report.basis.kind === 'concept' ? 'Concept' : `Versie ${report.basis.number}`,
    revision: report.basis.kind === 'vastgesteld' ? report.basis.number : null,
    created: new Date(),
  });
  const bulk = new BulkTables();
  return bulk.fill(await Packer.toBuffer(buildReportDocument(report, generatedOn, bulk), false, [properties]));
}

/** "Voortgangsrapportage Defensie 2025-2026 peildatum 31-12-2025.docx" */
export function reportFileName(report: ProgressReport): string {
  return safeFileName(`${reportName(report)} peildatum ${peildatumForFileName(report.peildatum)}`, 'docx');
}
