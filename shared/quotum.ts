/**
 * Quotum arithmetic of the Banenafspraak (seed 002, seed 003 footnote 20).
 * A baan is 25.5 paid hours a week, 1,331 hours a year; smaller jobs count pro rata.
 * The percentage per year is data set by SZW, never a constant here.
 */
export const hoursPerJobPerWeek = 25.5;
export const hoursPerJobPerYear = 1331;
/** Since 2018 the quotum applies to government employers with more than 40,575 paid hours a year (25+ employees). */
export const quotumThresholdHoursPerYear = 40_575;

/** Jobs an employer must realise: percentage x paid hours per year / 1,331. `percentage` is in percent (1.93 for 1.93%). */
export function requiredJobsFromYearlyHours(percentage: number, paidHoursPerYear: number): number {
  return (percentage / 100) * paidHoursPerYear / hoursPerJobPerYear;
}

/** The same from paid hours per week: percentage x hours per week / 25.5. */
export function requiredJobsFromWeeklyHours(percentage: number, paidHoursPerWeek: number): number {
  return (percentage / 100) * paidHoursPerWeek / hoursPerJobPerWeek;
}

/** Paid hours per week of an employer given in fte and hours per fte per week. */
export function weeklyHoursFromFte(fte: number, hoursPerFtePerWeek: number): number {
  return fte * hoursPerFtePerWeek;
}

export function quotumApplies(paidHoursPerYear: number): boolean {
  return paidHoursPerYear > quotumThresholdHoursPerYear;
}

export interface Realisation {
  /** realised / target, as a fraction (0.64 for 64%). */
  share: number;
  /** Jobs still missing; 0 once the target is met. */
  behind: number;
}

/** Seed 003's universities: realised 36.2 against 56.3 is 64%, 20.1 jobs behind. */
export function realisation(realised: number, target: number): Realisation {
  return { share: target > 0 ? realised / target : 0, behind: Math.max(0, target - realised) };
}
