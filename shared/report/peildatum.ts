import { AppError } from '../errors';
import { formatDate } from '../format';

/**
 * The peildatum of a voortgangsrapportage. Without one chosen, the report is about the end of a
 * calendar year, because targets and jobs goals are set per year (seed 003: "doel eind 2019").
 */
export const peildatumRule =
  'Kiest u geen peildatum, dan rapporteren we per 31 december: de laatste 31 december in de looptijd die al voorbij is (of vandaag is). Is er nog geen voorbij, dan 31 december van het eerste jaar.';

/** The rule above: the latest 31 December in the period not after `today`, otherwise 31 December of the first year. */
export function defaultPeildatum(startYear: number, endYear: number, today: string): string {
  for (let year = endYear; year >= startYear; year--) {
    if (`${year}-12-31` <= today) return `${year}-12-31`;
  }
  return `${startYear}-12-31`;
}

export const periodStart = (startYear: number) => `${startYear}-01-01`;
export const periodEnd = (endYear: number) => `${endYear}-12-31`;

/** A peildatum outside the period is refused in Dutch, naming the period. */
export function requirePeildatumInPeriod(peildatum: string, startYear: number, endYear: number): void {
  const first = periodStart(startYear);
  const last = periodEnd(endYear);
  if (peildatum < first || peildatum > last) {
    throw new AppError('VALIDATION', `De peildatum moet in de looptijd liggen: van ${formatDate(first)} tot en met ${formatDate(last)}.`, 'peildatum');
  }
}

/** "31-12-2025": the peildatum the way it is written in a file name. */
export function peildatumForFileName(peildatum: string): string {
  const [year, month, day] = peildatum.split('-');
  return `${day}-${month}-${year}`;
}
