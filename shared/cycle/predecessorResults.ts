/**
 * What the previous agenda delivered (issue 10, item 2): per action its status and
 * evaluation, per target whether it was reached, and the jobs realised against the
 * goal. One computation for the draft Terugblik, the Plan editor and the successor's
 * Word export, so the three always say the same.
 */
import type { TargetLevel } from '../domain/agenda';
import { evaluationResultLabels, type EvaluationResult } from '../domain/cycle';
import { actionStatusLabels, type ActionStatus } from '../domain/monitoring';
import { formatPeriod } from '../format';
import { jobsFigures, jobsSentence, yearsOf, type JobsData } from '../jobsTable';
import { perYearResults, targetStatusLabels, targetVerdict, type Measurement, type TargetStatus } from '../targetStatus';

/** The predecessor as the core loads it: enough to judge it, nothing it does not need. */
export interface PredecessorData {
  id: string;
  title: string;
  sectorName: string;
  startYear: number;
  endYear: number;
  actions: readonly {
    id: string;
    title: string;
    status: ActionStatus;
    evaluation: { result: EvaluationResult | null; why: string; lesson: string };
  }[];
  targets: readonly {
    id: string;
    actionId: string | null;
    level: TargetLevel;
    indicator: string;
    unit: string;
    baseline: number | null;
    targetValue: number | null;
    deadline: string | null;
    perYear: boolean;
    measurements: readonly Measurement[];
  }[];
  jobs: JobsData;
}

export interface ActionResult {
  id: string;
  title: string;
  status: ActionStatus;
  statusLabel: string;
  result: EvaluationResult | null;
  /** "Werkte deels", or "Niet geëvalueerd". */
  resultLabel: string;
  why: string;
  lesson: string;
}

export interface TargetResult {
  id: string;
  indicator: string;
  unit: string;
  /** The action it belongs to; null for a goal of the agenda as a whole. */
  actionTitle: string | null;
  status: TargetStatus;
  /** "Behaald", "Niet behaald", "Op koers" or "Nog niet gemeten": at the end of the period "Loopt achter" means not reached. */
  verdictLabel: string;
  /** targetVerdict's reason, plus the verdict of every year for a target per year. */
  reason: string;
}

export interface PredecessorResults {
  id: string;
  title: string;
  sectorName: string;
  period: string;
  /** The date everything is judged on: 31 December of the last year, or today when that is earlier. */
  asOf: string;
  /** true when the period has ended on asOf. */
  ended: boolean;
  actions: ActionResult[];
  targets: TargetResult[];
  /** jobsSentence of the latest realisation on asOf. */
  jobsSentence: string;
}

export const notEvaluatedLabel = 'Niet geëvalueerd';

/** The peildatum for looking back: the end of the period, or today while it runs. */
export function lookbackDate(endYear: number, today: string): string {
  const end = `${endYear}-12-31`;
  return today < end ? today : end;
}

function verdictLabel(status: TargetStatus, ended: boolean): string {
  if (status === 'achter' && ended) return 'Niet behaald';
  return targetStatusLabels[status];
}

export function predecessorResults(data: PredecessorData, today: string): PredecessorResults {
  const asOf = lookbackDate(data.endYear, today);
  const ended = asOf === `${data.endYear}-12-31`;
  const periodStart = `${data.startYear}-01-01`;
  const actionTitle = new Map(data.actions.map((action) => [action.id, action.title]));
  const years = yearsOf(data.startYear, data.endYear);
  return {
    id: data.id,
    title: data.title,
    sectorName: data.sectorName,
    period: formatPeriod(data.startYear, data.endYear),
    asOf,
    ended,
    actions: data.actions.map((action) => ({
      id: action.id,
      title: action.title,
      status: action.status,
      statusLabel: actionStatusLabels[action.status],
      result: action.evaluation.result,
      resultLabel: action.evaluation.result ? evaluationResultLabels[action.evaluation.result] : notEvaluatedLabel,
      why: action.evaluation.why.trim(),
      lesson: action.evaluation.lesson.trim(),
    })),
    targets: data.targets.map((target) => {
      const verdict = targetVerdict(target, target.measurements, periodStart, asOf);
      let reason = verdict.reason;
      if (target.perYear && years.length > 1) {
        const perYear = perYearResults(target, target.measurements, years, asOf)
          .map(({ year, verdict: ofYear }) => `${year}: ${verdictLabel(ofYear.status, `${year}-12-31` <= asOf).toLowerCase()}`);
        if (perYear.length > 1) reason = `${reason} Per jaar: ${perYear.join('; ')}.`;
      }
      return {
        id: target.id,
        indicator: target.indicator,
        unit: target.unit,
        actionTitle: target.actionId ? actionTitle.get(target.actionId) ?? null : null,
        status: verdict.status,
        verdictLabel: verdictLabel(verdict.status, ended),
        reason,
      };
    }),
    jobsSentence: jobsSentence(jobsFigures(data.jobs, asOf).latest),
  };
}
