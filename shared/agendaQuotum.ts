import type { QuotumPercentage } from './domain/jobs';

/**
 * The quotum percentages an agenda's jobs figures use. An imported agenda keeps
 * the percentages its exchange file carried, so the sender's figures are
 * reproduced here; for the years the file did not carry, this installation's
 * own percentages apply. An agenda of this installation has no file
 * percentages and simply uses the installation's.
 */
export function usedQuotumPercentages(installation: readonly QuotumPercentage[], fromFile: readonly QuotumPercentage[]): QuotumPercentage[] {
  const fileYears = new Set(fromFile.map((entry) => entry.year));
  return [...installation.filter((entry) => !fileYears.has(entry.year)), ...fromFile].sort((a, b) => a.year - b.year);
}

/** The years in `used` whose percentage came from the agenda's exchange file. */
export function fileQuotumYears(fromFile: readonly QuotumPercentage[] | null | undefined): Set<number> {
  return new Set((fromFile ?? []).map((entry) => entry.year));
}
