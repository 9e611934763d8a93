/**
 * The words of the voortgangsrapportage that the screen and the Word document share: headings,
 * labels and how a cell reads, so both say the same in the same order.
 */
import type { TargetStatus } from '../targetStatus';
import type { ProgressReport, ReportAction, ReportEmployer, ReportTarget } from '../domain/report';
import { actionStatusLabels } from '../domain/monitoring';
import { evaluationResultLabels } from '../domain/cycle';
import { countWords, formatDate, formatMonth, formatNumber, formatPercent } from '../format';
import { targetLevelShort } from '../labels';
import type { ActionCategory } from './actionsAtPeildatum';

export const reportHeadings = {
  glance: 'In één oogopslag',
  glanceTargets: 'Doelen',
  glanceJobs: 'Banen',
  glanceActions: 'Acties',
  attention: 'Wat de meeste aandacht vraagt',
  targets: 'Doelen en metingen',
  actions: 'Acties',
  jobs: 'Banen',
  employers: 'Per werkgever',
  realisation: 'Realisatie per peildatum',
  inkoop: 'Inkoop en SROI',
  prognosis: 'Zijn de acties genoeg?',
  evaluation: 'Evaluatie',
  knelpunten: 'Gevonden knelpunten',
} as const;

/** The order and words of the target counts on the first page. */
export const targetCountRows: { status: TargetStatus; label: string }[] = [
  { status: 'behaald', label: 'Behaald' },
  { status: 'op_koers', label: 'Op koers' },
  { status: 'achter', label: 'Loopt achter' },
  { status: 'geen_gegevens', label: 'Nog niet gemeten' },
];

export const actionCountRows: { category: ActionCategory; label: string }[] = [
  { category: 'afgerond', label: 'Afgerond' },
  { category: 'lopend', label: 'Lopend' },
  { category: 'te_laat', label: 'Te laat' },
  { category: 'niet_gestart', label: 'Niet gestart' },
  { category: 'gestopt', label: 'Gestopt' },
];

export const noAttention = 'Niets vraagt nu extra aandacht: geen doel loopt achter, geen actie is te laat en geen gestopte actie is zonder vervolg.';
export const noTargets = 'Deze werkagenda heeft geen meetbare doelen.';
export const noActions = 'Deze werkagenda heeft geen acties.';
export const noEvaluation = 'Er is nog geen evaluatie geschreven.';
export const noKnelpunten = 'Er zijn geen knelpunten gevonden tijdens de uitvoering.';
export const noEmployers = 'Er zijn geen werkgevers ingevuld.';
export const noRealisation = 'Er zijn tot en met de peildatum geen gerealiseerde banen vastgelegd.';

const dash = '–';
export const numberOr = (value: number | null, decimals = 2) => (value === null ? dash : formatNumber(value, decimals));
export const percentOr = (share: number | null) => (share === null ? dash : formatPercent(share));
export const amountOr = (value: number | null, unit: string) => (value === null ? dash : `${formatNumber(value)} ${unit}`);

export const targetFactHeaders = ['Niveau', 'Eenheid', 'Beginwaarde', 'Streefwaarde', 'Einddatum', 'Per jaar'];

/** The plan of a target in one row, under `targetFactHeaders`. */
export function targetFactCells(target: ReportTarget): string[] {
  return [
    targetLevelShort[target.level],
    target.unit,
    amountOr(target.baseline, target.unit),
    target.targetValue === null ? dash : `${formatNumber(target.targetValue)} ${target.unit}${target.perYear ? ' per jaar' : ''}`,
    target.deadline ? formatDate(target.deadline) : dash,
    target.perYear ? 'Ja' : 'Nee',
  ];
}

export const targetOwner = (target: ReportTarget) => target.actionTitle ?? 'de werkagenda als geheel';

/** One line about a target when nothing is measured yet. */
export function targetLine(target: ReportTarget): string {
  const goal = target.targetValue === null ? 'zonder streefwaarde' : `streefwaarde ${formatNumber(target.targetValue)} ${target.unit}${target.perYear ? ' per jaar' : ''}`;
  return `${target.indicator}: ${goal}${target.deadline ? ` op ${formatDate(target.deadline)}` : ''}${target.actionTitle ? ` (${target.actionTitle})` : ''}.`;
}

/** The status is the one recorded now; a change after the peildatum is said as such. */
export function statusWords(action: ReportAction, peildatum: string): string {
  const label = actionStatusLabels[action.status];
  if (!action.statusDate) return label;
  return action.statusDate <= peildatum ? `${label} (sinds ${formatDate(action.statusDate)})` : `${label} (zo vastgelegd op ${formatDate(action.statusDate)}, na de peildatum)`;
}

export const milestoneWords = (item: { title: string; month: string | null }) => (item.month ? `${item.title} (${formatMonth(item.month)})` : item.title);

export function notesCaption(action: ReportAction): string {
  if (action.noteCount === 0) return 'Geen voortgangsnotities tot en met de peildatum.';
  if (action.noteCount <= action.notes.length) return `Voortgangsnotities tot en met de peildatum, nieuwste eerst:`;
  return `De laatste ${action.notes.length} van ${countWords(action.noteCount, 'voortgangsnotitie', 'voortgangsnotities')} tot en met de peildatum, nieuwste eerst:`;
}

export const noteWords = (note: { date: string; author: string; text: string }) => `${formatDate(note.date)}, ${note.author}: ${note.text}`;

export function employerCells(employer: ReportEmployer): string[] {
  return [
    employer.name,
    employer.hoursPerYear === null ? dash : formatNumber(employer.hoursPerYear, 0),
    employer.requiredText,
    numberOr(employer.realised),
    percentOr(employer.share),
    numberOr(employer.behind, 1),
  ];
}

export const employerHeaders = (year: number) => ['Werkgever', `Verloonde uren ${year}`, 'Verplicht (quotum)', 'Gerealiseerd', 'Percentage', 'Achterstand'];
export const realisationHeaders = ['Datum', 'Gerealiseerd', 'Inkoop en SROI', 'Doel', 'Vergeleken met', 'Percentage', 'Achterstand'];

export function realisationCells(row: ProgressReport['jobs']['rows'][number]): string[] {
  return [formatDate(row.date), numberOr(row.realised), numberOr(row.inkoop), row.target ? formatNumber(row.target.value, 1) : dash, row.comparison, percentOr(row.share), numberOr(row.behind, 1)];
}

export function inkoopSentence(report: ProgressReport): string {
  const { inkoop } = report.jobs;
  if (!inkoop) return 'Er zijn tot en met de peildatum geen banen via inkoop of SROI vastgelegd.';
  return `Via inkoop en SROI: ${formatNumber(inkoop.jobs)} banen op ${formatDate(inkoop.date)}. Die tellen apart en zijn niet opgeteld bij de gerealiseerde banen.`;
}

export const evaluationResultWords = (result: keyof typeof evaluationResultLabels | null) => (result ? evaluationResultLabels[result] : 'Nog niet beoordeeld');

/** "Peildatum: 31 december 2025" plus whether it was chosen by the rule. */
export function peildatumWords(report: Pick<ProgressReport, 'peildatum' | 'peildatumIsDefault'>): string {
  return `${formatDate(report.peildatum)}${report.peildatumIsDefault ? ' (standaard)' : ''}`;
}
