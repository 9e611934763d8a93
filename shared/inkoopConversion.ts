import { formatNumber } from './format';

/**
 * Jobs through inkoop and SROI, entered as a sector usually knows them (seed 003, part 2): persons, or hours a week.
 * A baan is 25,5 hours a week (110,92 paid hours a month, UWV's definition); one person of the target group held
 * about 1,15 banen in Q1 2022 (149.272 banen for 129.532 persons, §8.1.4). The research itself notes the factor may
 * be smaller for people working through inkoop and SROI (footnote 34), so the figure says it is an estimate.
 */
export const jobsPerPerson = 1.15;
export const hoursPerJob = 25.5;

export type EnteredUnit = 'personen' | 'uren';
export interface Entered { unit: EnteredUnit; value: number }

export const enteredUnitLabels: Record<EnteredUnit, string> = { personen: 'Personen', uren: 'Uren per week' };

export const conversionSource = 'Omgerekend volgens het onderzoek naar de werkagenda’s (2023, deel 2): 1,15 banen per persoon (149.272 banen voor 129.532 personen in het eerste kwartaal van 2022) en 25,5 uur per week per baan. Een schatting: bij inkoop en SROI kan de factor kleiner zijn.';

/** The number of banen an entry stands for, rounded to two decimals as the jobs figures are. */
export function jobsFromEntered({ unit, value }: Entered): number {
  const jobs = unit === 'personen' ? value * jobsPerPerson : value / hoursPerJob;
  return Math.round(jobs * 100) / 100;
}

/** "12 personen = 13,8 banen (1,15 per persoon)" */
export function enteredWords(entered: Entered): string {
  const jobs = formatNumber(jobsFromEntered(entered));
  return entered.unit === 'personen'
    ? `${formatNumber(entered.value)} ${entered.value === 1 ? 'persoon' : 'personen'} = ${jobs} banen (${formatNumber(jobsPerPerson)} per persoon)`
    : `${formatNumber(entered.value)} uur per week = ${jobs} banen (${formatNumber(hoursPerJob)} uur per baan)`;
}
