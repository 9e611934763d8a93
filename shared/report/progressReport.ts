/**
 * The voortgangsrapportage (issue 10, part 1), worked out once for the screen and the Word document.
 *
 * The plan is the one in force (the newest vastgestelde version, or else the draft, marked CONCEPT);
 * what happened (status, notes, milestones ticked off, measurements, jobs, evaluations) comes from
 * this installation's rows, matched to the plan by id. Everything dated after the peildatum is left out.
 */
import type { JobGoal, TargetLevel } from '../domain/agenda';
import { groupBy } from '../groupBy';
import type { EvaluationResult } from '../domain/cycle';
import { actionStatusLabels, type ActionStatus } from '../domain/monitoring';
import type { ProgressReport, ReportAction, ReportBasis, ReportTarget } from '../domain/report';
import { formatDate, formatPeriod } from '../format';
import type { JobsData } from '../jobsTable';
import { perYearResults, targetVerdict } from '../targetStatus';
import { actionCategory, isLate, planningWords } from './actionsAtPeildatum';
import { attentionPoints } from './attention';
import { defaultPeildatum, periodStart, requirePeildatumInPeriod } from './peildatum';
import { reportJobs } from './reportJobs';

export interface ReportPlan {
  id: string;
  title: string;
  sectorName: string;
  startYear: number;
  endYear: number;
  actions: readonly {
    id: string; title: string; startMonth: string | null; endMonth: string | null; jobsPrognosis: number | null;
    milestones: readonly { id: string; title: string; month: string | null }[];
  }[];
  targets: readonly {
    id: string; actionId: string | null; level: TargetLevel; indicator: string; unit: string;
    baseline: number | null; targetValue: number | null; deadline: string | null; perYear: boolean;
  }[];
  jobGoals: readonly JobGoal[];
}

/** What happened, as this installation recorded it. */
export interface ReportExecution {
  actions: readonly { id: string; status: ActionStatus; statusDate: string | null }[];
  doneMilestoneIds: readonly string[];
  notes: readonly { actionId: string; date: string; author: string; text: string; createdAt: string }[];
  measurements: readonly { targetId: string; date: string; value: number; source: string; note: string }[];
  evaluations: readonly { actionId: string; actionTitle: string; result: EvaluationResult | null; why: string; lesson: string }[];
  foundKnelpunten: readonly { title: string; description: string; cause: string; actionIds: readonly string[] }[];
  jobs: Omit<JobsData, 'startYear' | 'endYear' | 'jobGoals'>;
}

export interface ReportInput {
  plan: ReportPlan;
  basis: ReportBasis;
  execution: ReportExecution;
  /** null: the default peildatum. */
  peildatum: string | null;
  today: string;
}

export const noteLimit = 3;

export function basisWords(basis: ReportBasis): string {
  return basis.kind === 'vastgesteld'
    ? `Deze rapportage gaat over versie ${basis.number} van de werkagenda, de laatst vastgestelde (controlecode ${basis.fingerprint}).`
    : 'CONCEPT: er is nog geen vastgestelde versie van de werkagenda. Deze rapportage gaat over het concept zoals het nu is.';
}

/** "Er zijn tot en met 31 december 2025 nog geen metingen vastgelegd." */
export function noMeasurementsSentence(peildatum: string): string {
  return `Er zijn tot en met ${formatDate(peildatum)} nog geen metingen vastgelegd bij de doelen van deze werkagenda, dus van geen enkel doel is te zeggen of het op koers ligt.`;
}

export function buildProgressReport(input: ReportInput): ProgressReport {
  const { plan, execution, basis } = input;
  const peildatum = input.peildatum ?? defaultPeildatum(plan.startYear, plan.endYear, input.today);
  requirePeildatumInPeriod(peildatum, plan.startYear, plan.endYear);
  const upTo = (date: string) => date.slice(0, 10) <= peildatum;

  const statusById = new Map(execution.actions.map((action) => [action.id, action]));
  const done = new Set(execution.doneMilestoneIds);
  const notesByAction = groupBy(execution.notes.filter((note) => upTo(note.date)), (note) => note.actionId);
  const measurementsByTarget = groupBy(execution.measurements.filter((item) => upTo(item.date)), (item) => item.targetId);
  const titleById = new Map(plan.actions.map((action) => [action.id, action.title]));

  const actions = plan.actions.map((action): ReportAction => {
    const recorded = statusById.get(action.id);
    const status = recorded?.status ?? 'gepland';
    const planned = { status, startMonth: action.startMonth, endMonth: action.endMonth };
    const notes = [...(notesByAction.get(action.id) ?? [])]
      .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
    const milestone = ({ title, month }: { title: string; month: string | null }) => ({ title, month });
    return {
      id: action.id,
      title: action.title,
      status,
      statusDate: recorded?.statusDate ?? null,
      startMonth: action.startMonth,
      endMonth: action.endMonth,
      late: isLate(planned, peildatum),
      planning: planningWords(planned, peildatum),
      milestonesDone: action.milestones.filter((item) => done.has(item.id)).map(milestone),
      milestonesOpen: action.milestones.filter((item) => !done.has(item.id)).map(milestone),
      notes: notes.slice(0, noteLimit).map(({ date, author, text }) => ({ date, author, text })),
      noteCount: notes.length,
      jobsPrognosis: action.jobsPrognosis,
    };
  });

  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, index) => plan.startYear + index);
  const judged = plan.targets.map((target) => {
    const measurements = (measurementsByTarget.get(target.id) ?? []).map(({ date, value, source, note }) => ({ date, value, source, note }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const verdict = targetVerdict(target, measurements, periodStart(plan.startYear), peildatum);
    const actionTitle = target.actionId ? titleById.get(target.actionId) ?? null : null;
    const report: ReportTarget = {
      ...target,
      actionId: actionTitle === null ? null : target.actionId,
      actionTitle,
      measurements,
      status: verdict.status,
      reason: verdict.reason,
      years: target.perYear
        ? perYearResults(target, measurements, years, peildatum).map(({ year, verdict: result }) => ({ year, status: result.status, reason: result.reason }))
        : [],
    };
    return { report, verdict };
  });

  const targetCounts = { behaald: 0, op_koers: 0, achter: 0, geen_gegevens: 0, total: judged.length };
  for (const { report } of judged) targetCounts[report.status] += 1;
  const actionCounts = { afgerond: 0, lopend: 0, te_laat: 0, niet_gestart: 0, gestopt: 0, total: actions.length };
  for (const action of actions) actionCounts[actionCategory(action, peildatum)] += 1;

  const attention = attentionPoints(
    judged.map(({ report, verdict }) => ({ ...report, verdict })),
    actions.map((action) => ({ ...action, statusLabel: actionStatusLabels[action.status], notes: notesByAction.get(action.id) ?? [] })),
  );

  return {
    agendaId: plan.id,
    title: plan.title,
    sectorName: plan.sectorName,
    startYear: plan.startYear,
    endYear: plan.endYear,
    peildatum,
    peildatumIsDefault: input.peildatum === null,
    basis,
    basisText: basisWords(basis),
    glance: { targets: targetCounts, actions: actionCounts, attention },
    hasMeasurements: judged.some(({ report }) => report.measurements.length > 0),
    targets: judged.map(({ report }) => report),
    actions,
    jobs: reportJobs({ ...execution.jobs, startYear: plan.startYear, endYear: plan.endYear, jobGoals: plan.jobGoals }, peildatum, plan.actions.map((action) => action.jobsPrognosis)),
    evaluations: execution.evaluations
      .filter((item) => item.result !== null || item.why.trim() !== '' || item.lesson.trim() !== '')
      .map((item) => ({ actionTitle: titleById.get(item.actionId) ?? item.actionTitle, result: item.result, why: item.why, lesson: item.lesson })),
    foundKnelpunten: execution.foundKnelpunten.map((item) => ({
      title: item.title, description: item.description, cause: item.cause,
      actionTitles: item.actionIds.map((id) => titleById.get(id)).filter((title): title is string => title !== undefined),
    })),
  };
}

/** "Voortgangsrapportage Defensie 2025-2026": how the report is named on screen, in the header and in the file name. */
export function reportName(report: Pick<ProgressReport, 'sectorName' | 'startYear' | 'endYear'>): string {
  return `Voortgangsrapportage ${report.sectorName} ${formatPeriod(report.startYear, report.endYear)}`;
}
