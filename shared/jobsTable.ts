/**
 * The one set of jobs figures (issue 10, item 4). Banen en quotum, Voortgang, the
 * Overleg (screen, Word, CSV), the agenda export and the voortgangsrapportage all
 * take their jobs target, realised figure, percentage and shortfall from here.
 *
 * - Required jobs per employer and year: quotum percentage x paid hours / 1,331,
 *   only for employers the quotum applies to (more than 40,575 paid hours a year).
 * - The target of a year: the agenda's own jobs goal for that year when it is set
 *   (Plan, Doelstellingen), otherwise the quotum-based requirement of the sector.
 * - The realised figure on a date: the sector-wide figure, otherwise the sum of the
 *   employers' figures on that date; inkoop/SROI apart, never added.
 * - A date compares with the target of its own year, which is a target for the end
 *   of that year; a date before 31 December says so in words (seed 003's 64% is a
 *   year-end comparison).
 * Pure functions; the core stores, the renderer shows.
 */
import type { JobGoal } from './domain/agenda';
import type { EmployerHours, QuotumPercentage, RealisedJobs } from './domain/jobs';
import { formatDate, formatNumber, formatPercent } from './format';
import { hoursPerJobPerWeek, hoursPerJobPerYear, quotumApplies, realisation, requiredJobsFromWeeklyHours, requiredJobsFromYearlyHours, weeklyHoursFromFte } from './quotum';

/** Paid hours per year of what was entered: as entered, or fte x hours per week x 1,331 / 25.5. */
export function paidHoursPerYear(hours: EmployerHours): number {
  if (hours.kind === 'uren') return hours.hoursPerYear ?? 0;
  return weeklyHoursFromFte(hours.fte ?? 0, hours.hoursPerWeek ?? 0) * hoursPerJobPerYear / hoursPerJobPerWeek;
}

/** Jobs required of one employer in one year: percentage x paid hours / 1,331 (or / 25.5 per week, the same). */
export function requiredJobs(percentage: number, hours: EmployerHours): number {
  if (hours.kind === 'uren') return requiredJobsFromYearlyHours(percentage, hours.hoursPerYear ?? 0);
  return requiredJobsFromWeeklyHours(percentage, weeklyHoursFromFte(hours.fte ?? 0, hours.hoursPerWeek ?? 0));
}

export interface EmployerLike { id: string; name: string; hours: EmployerHours[] }
type RealisedLike = Pick<RealisedJobs, 'employerId' | 'referenceDate' | 'jobs' | 'kind'>;

/** Everything the jobs figures of one agenda are computed from. */
export interface JobsData {
  startYear: number;
  endYear: number;
  jobGoals: readonly JobGoal[];
  employers: readonly EmployerLike[];
  realised: readonly RealisedLike[];
  quotumPercentages: readonly QuotumPercentage[];
}

export interface RequiredEmployer {
  employerId: string;
  name: string;
  hoursPerYear: number | null;
  /** false: 40,575 paid hours a year or fewer, so no quotum; null: no hours entered. */
  quotumApplies: boolean | null;
  /** Required jobs; null without hours, without a percentage, or when the quotum does not apply. */
  required: number | null;
}

export interface RequiredYear {
  year: number;
  /** The quotum percentage of the year; null when none is entered. */
  percentage: number | null;
  employers: RequiredEmployer[];
  /** Sum over the employers the quotum applies to; null without a percentage or without any such employer. */
  total: number | null;
  /** How many employers have hours entered for this year. */
  withHours: number;
  /** How many of those are below the quotum threshold. */
  belowThreshold: number;
}

export const yearsOf = (startYear: number, endYear: number): number[] =>
  Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, index) => startYear + index);

/** Required jobs per year of the period, per employer and for the sector. */
export function requiredPerYear(years: number[], employers: readonly EmployerLike[], percentages: readonly QuotumPercentage[]): RequiredYear[] {
  return years.map((year) => {
    const percentage = percentages.find((entry) => entry.year === year)?.percentage ?? null;
    const rows = employers.map((employer): RequiredEmployer => {
      const hours = employer.hours.find((entry) => entry.year === year);
      const hoursPerYear = hours ? paidHoursPerYear(hours) : null;
      const applies = hoursPerYear === null ? null : quotumApplies(hoursPerYear);
      return {
        employerId: employer.id,
        name: employer.name,
        hoursPerYear,
        quotumApplies: applies,
        required: hours && applies && percentage !== null ? requiredJobs(percentage, hours) : null,
      };
    });
    const withHours = rows.filter((row) => row.hoursPerYear !== null).length;
    const belowThreshold = rows.filter((row) => row.quotumApplies === false).length;
    const applicable = rows.filter((row) => row.quotumApplies === true);
    const total = percentage !== null && applicable.length > 0 ? applicable.reduce((sum, row) => sum + (row.required ?? 0), 0) : null;
    return { year, percentage, employers: rows, total, withHours, belowThreshold };
  });
}

export type TargetSource = 'doel' | 'quotum';
export interface YearTarget { year: number; value: number; source: TargetSource }

/** How a target's source is named on every screen and in every document. */
export const targetSourceLabels: Record<TargetSource, string> = {
  doel: 'doel van de werkagenda',
  quotum: 'quotumverplichting',
};

/** The rule in words, shown beside the figures. */
export const jobsTargetRule =
  'Het doel voor een jaar is het banendoel uit de werkagenda (Plan, Doelstellingen). Staat daar voor dat jaar niets, dan geldt de quotumverplichting: het quotumpercentage van dat jaar × de verloonde uren van de werkgevers / 1.331. Die telt alleen voor werkgevers met meer dan 40.575 verloonde uren per jaar (25 of meer medewerkers). Het doel geldt voor het einde van het jaar. Een peildatum eerder in het jaar vergelijken we daarom met het doel voor het hele jaar.';

/** The target for a year: the agenda's own goal when set, otherwise the quotum requirement, otherwise none. */
export function targetForYear(year: number, required: readonly RequiredYear[], jobGoals: readonly JobGoal[]): YearTarget | null {
  const goal = jobGoals.find((entry) => entry.year === year);
  if (goal) return { year, value: goal.jobs, source: 'doel' };
  const fromQuotum = required.find((entry) => entry.year === year)?.total ?? null;
  return fromQuotum === null ? null : { year, value: fromQuotum, source: 'quotum' };
}

export interface RealisationRow {
  date: string;
  /** Regular jobs realised on that date: the sector figure, or else the sum of the employers' figures. */
  realised: number | null;
  realisedSource: 'sector' | 'werkgevers' | null;
  /** Jobs via inkoop and SROI on that date: shown apart, never added to `realised`. */
  inkoop: number | null;
  /** The target of the date's year (a target for 31 December of that year). */
  target: YearTarget | null;
  /** true when the date lies before 31 December: it is compared with the target for the whole year. */
  beforeYearEnd: boolean;
  /** realised / target (0.64 for 64%); null without target or realised figure, or with a target of 0. */
  share: number | null;
  /** Jobs still missing against the target; 0 once it is met; null without both. */
  behind: number | null;
}

function sumOf(entries: readonly RealisedLike[]): number | null {
  return entries.length === 0 ? null : entries.reduce((sum, entry) => sum + entry.jobs, 0);
}

/** One row per reference date, oldest first. */
export function realisationRows(realised: readonly RealisedLike[], required: readonly RequiredYear[], jobGoals: readonly JobGoal[]): RealisationRow[] {
  const dates = [...new Set(realised.map((entry) => entry.referenceDate))].sort();
  return dates.map((date) => {
    const onDate = realised.filter((entry) => entry.referenceDate === date);
    const pick = (kind: RealisedJobs['kind']): { value: number | null; source: 'sector' | 'werkgevers' | null } => {
      const ofKind = onDate.filter((entry) => entry.kind === kind);
      const sector = sumOf(ofKind.filter((entry) => entry.employerId === null));
      if (sector !== null) return { value: sector, source: 'sector' };
      const employers = sumOf(ofKind.filter((entry) => entry.employerId !== null));
      return { value: employers, source: employers === null ? null : 'werkgevers' };
    };
    const regular = pick('regulier');
    const target = targetForYear(Number(date.slice(0, 4)), required, jobGoals);
    const result = regular.value !== null && target ? realisation(regular.value, target.value) : null;
    return {
      date,
      realised: regular.value,
      realisedSource: regular.source,
      inkoop: pick('inkoop_sroi').value,
      target,
      beforeYearEnd: date.slice(5, 10) !== '12-31',
      share: result && target && target.value > 0 ? result.share : null,
      behind: result ? result.behind : null,
    };
  });
}

export interface JobsFigures {
  required: RequiredYear[];
  /** The target of every year of the period (null: none). */
  targets: { year: number; target: YearTarget | null }[];
  rows: RealisationRow[];
  /** The latest row with a regular figure, on or before the peildatum when one is given. */
  latest: RealisationRow | null;
}

/** All jobs figures of one agenda; `asOf` (ISO date) leaves out figures after it. */
export function jobsFigures(data: JobsData, asOf: string | null = null): JobsFigures {
  const years = yearsOf(data.startYear, data.endYear);
  const required = requiredPerYear(years, data.employers, data.quotumPercentages);
  const realised = asOf === null ? data.realised : data.realised.filter((entry) => entry.referenceDate <= asOf);
  const rows = realisationRows(realised, required, data.jobGoals);
  return {
    required,
    targets: years.map((year) => ({ year, target: targetForYear(year, required, data.jobGoals) })),
    rows,
    latest: rows.filter((row) => row.realised !== null).at(-1) ?? null,
  };
}

/** "56,3 (doel van de werkagenda)" */
export function targetText(target: YearTarget): string {
  return `${formatNumber(target.value, 1)} (${targetSourceLabels[target.source]})`;
}

/** What the target of a row is compared as, in words: "doel voor eind 2019", also for a date earlier in the year. */
export function comparisonWords(row: Pick<RealisationRow, 'date' | 'target' | 'beforeYearEnd'>): string {
  if (!row.target) return `geen doel voor ${row.date.slice(0, 4)}`;
  const what = `${targetSourceLabels[row.target.source]} voor eind ${row.target.year}`;
  return row.beforeYearEnd ? `${what}; de peildatum ligt vóór het einde van het jaar` : what;
}

/**
 * One sentence about a realisation row, the same on Voortgang, in the report and in the overleg:
 * "36,2 banen gerealiseerd op 31 december 2019, tegenover 56,3 (doel van de werkagenda voor eind 2019): 64%, achterstand 20,1 banen."
 */
export function jobsSentence(row: RealisationRow | null): string {
  if (!row || row.realised === null) return 'Nog geen gerealiseerde banen vastgelegd.';
  const start = `${formatNumber(row.realised)} banen gerealiseerd op ${formatDate(row.date)}`;
  if (!row.target) return `${start}; er is geen doel voor ${row.date.slice(0, 4)}.`;
  const against = `${start}, tegenover ${formatNumber(row.target.value, 1)} (${comparisonWords(row)})`;
  if (row.share === null) return `${against}.`;
  const behind = row.behind ?? 0;
  return `${against}: ${formatPercent(row.share)}, ${behind > 0 ? `achterstand ${formatNumber(behind, 1)} banen` : 'doel gehaald'}.`;
}

/** Rounds the way the table shows jobs: one decimal (20.1). */
export const roundJobs = (value: number): number => Math.round(value * 10) / 10;
