/**
 * Jobs table of the Banen en quotum screen (seed 003's universities example):
 * required jobs per employer and year from the quotum percentage and paid hours,
 * and per reference date the realised jobs against the target of that year.
 * Pure functions; the core stores, the renderer shows.
 */
import type { JobGoal } from './domain/agenda';
import type { EmployerHours, QuotumPercentage, RealisedJobs } from './domain/jobs';
import { hoursPerJobPerWeek, hoursPerJobPerYear, realisation, requiredJobsFromWeeklyHours, requiredJobsFromYearlyHours, weeklyHoursFromFte } from './quotum';

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

export interface RequiredYear {
  year: number;
  /** The quotum percentage of the year; null when none is entered. */
  percentage: number | null;
  employers: { employerId: string; name: string; hoursPerYear: number | null; required: number | null }[];
  /** Sum over employers with hours in this year; null without a percentage or without any hours. */
  total: number | null;
  /** How many employers have hours entered for this year. */
  withHours: number;
}

export const yearsOf = (startYear: number, endYear: number): number[] =>
  Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, index) => startYear + index);

/** Required jobs per year of the period, per employer and for the sector. */
export function requiredPerYear(years: number[], employers: EmployerLike[], percentages: QuotumPercentage[]): RequiredYear[] {
  return years.map((year) => {
    const percentage = percentages.find((entry) => entry.year === year)?.percentage ?? null;
    const rows = employers.map((employer) => {
      const hours = employer.hours.find((entry) => entry.year === year);
      return {
        employerId: employer.id,
        name: employer.name,
        hoursPerYear: hours ? paidHoursPerYear(hours) : null,
        required: hours && percentage !== null ? requiredJobs(percentage, hours) : null,
      };
    });
    const withHours = rows.filter((row) => row.hoursPerYear !== null).length;
    const total = percentage !== null && withHours > 0 ? rows.reduce((sum, row) => sum + (row.required ?? 0), 0) : null;
    return { year, percentage, employers: rows, total, withHours };
  });
}

export type TargetSource = 'quotum' | 'doel';
export interface YearTarget { value: number; source: TargetSource }

/**
 * The target for a year (the rule shown on the screen): the sector's required
 * jobs from the quotum (percentage x the employers' paid hours / 1,331) when
 * employer hours exist for that year and its percentage is known; otherwise
 * the agenda's own jobs goal for that year (Plan, Doelstellingen); otherwise none.
 */
export function targetForYear(year: number, required: RequiredYear[], jobGoals: JobGoal[]): YearTarget | null {
  const fromQuotum = required.find((entry) => entry.year === year)?.total ?? null;
  if (fromQuotum !== null) return { value: fromQuotum, source: 'quotum' };
  const goal = jobGoals.find((entry) => entry.year === year);
  return goal ? { value: goal.jobs, source: 'doel' } : null;
}

export interface RealisationRow {
  date: string;
  /** Regular jobs realised on that date: the sector figure, or else the sum of the employers' figures. */
  realised: number | null;
  realisedSource: 'sector' | 'werkgevers' | null;
  /** Jobs via inkoop and SROI on that date: shown apart, never added to `realised`. */
  inkoop: number | null;
  target: YearTarget | null;
  /** realised / target (0.64 for 64%); null without target or realised figure. */
  share: number | null;
  behind: number | null;
}

function sumOf(entries: RealisedJobs[]): number | null {
  return entries.length === 0 ? null : entries.reduce((sum, entry) => sum + entry.jobs, 0);
}

/**
 * One row per reference date, oldest first. Per date the realised figure is the
 * sector-level figure (employer "Hele sector") when there is one, otherwise the
 * sum of the employers' figures on that date. Inkoop/SROI is summed the same way
 * but kept apart.
 */
export function realisationRows(realised: RealisedJobs[], required: RequiredYear[], jobGoals: JobGoal[]): RealisationRow[] {
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
      share: result && target && target.value > 0 ? result.share : null,
      behind: result ? result.behind : null,
    };
  });
}

/** Rounds the way the table shows jobs: one decimal (20.1). */
export const roundJobs = (value: number): number => Math.round(value * 10) / 10;
