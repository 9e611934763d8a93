/**
 * The Check step: is a measurable target on course?
 *
 * Rule (shown to users in the same words, `targetStatusRule`):
 * - no measurement yet: "nog niet gemeten";
 * - the latest measurement reaches the target value: "behaald";
 * - otherwise we expect steady progress from the baseline at the start of the
 *   period to the target value at the deadline; a latest measurement at or
 *   beyond that expected value on its date is "op koers", below it "achter";
 *   after the deadline anything short of the target is "achter".
 * A target whose value is below its baseline (for example fewer drop-outs)
 * works the same way downwards.
 * A target per year ("4 bijeenkomsten per jaar") starts again every calendar
 * year: a measurement is the count reached in its own year, and the year of the
 * peildatum is judged from 0 on 1 January to the target value on 31 December.
 */
import { formatDate, formatNumber } from './format';

export type TargetStatus = 'behaald' | 'op_koers' | 'achter' | 'geen_gegevens';

export const targetStatusLabels: Record<TargetStatus, string> = {
  behaald: 'Behaald',
  op_koers: 'Op koers',
  achter: 'Loopt achter',
  geen_gegevens: 'Nog niet gemeten',
};

export const targetStatusRule =
  'Een doel is behaald als de laatste meting de streefwaarde bereikt. Is dat nog niet zo, dan verwachten we dat de waarde gelijkmatig groeit: van de beginwaarde bij de start naar de streefwaarde op de einddatum. Ligt de laatste meting op of boven die verwachte waarde, dan is het doel op koers. Anders loopt het achter. Een doel per jaar begint elk kalenderjaar opnieuw bij 0: we kijken naar de stand in het jaar van de peildatum. Is er nog geen meting, dan is het doel nog niet gemeten.';

export interface TargetForStatus {
  baseline: number | null;
  targetValue: number | null;
  /** ISO date; without one the target is judged only on reaching its value. */
  deadline: string | null;
  /** A target that starts again every calendar year. */
  perYear?: boolean;
  /** Shown in the reason ("12 werkgevers"). */
  unit?: string;
}

export interface Measurement {
  date: string;
  value: number;
}

const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** The value steady progress would have reached on `date`. */
export function expectedValue(target: TargetForStatus, periodStart: string, date: string): number | null {
  if (target.targetValue === null || target.deadline === null) return null;
  const baseline = target.baseline ?? 0;
  const span = day(target.deadline) - day(periodStart);
  if (span <= 0) return target.targetValue;
  const elapsed = Math.min(1, Math.max(0, (day(date) - day(periodStart)) / span));
  return baseline + (target.targetValue - baseline) * elapsed;
}

export interface TargetVerdict {
  status: TargetStatus;
  /** Plain Dutch: why this status. */
  reason: string;
  /** The measurement judged (null: none). */
  latest: Measurement | null;
  /** What steady progress would have reached on the latest measurement's date; null when not applicable. */
  expected: number | null;
  /** For a target per year: the calendar year judged. */
  year: number | null;
}

const amount = (value: number, unit?: string) => `${formatNumber(value)}${unit ? ` ${unit}` : ''}`;

/** " per jaar" after the unit of a target per year, unless the unit says so already ("keer per jaar"). */
export function perYearSuffix(target: { unit?: string; perYear?: boolean }): string {
  return target.perYear && !/per jaar/i.test(target.unit ?? '') ? ' per jaar' : '';
}

/** The verdict on a target, using only measurements on or before `asOf` (a peildatum) when given. */
export function targetVerdict(target: TargetForStatus, measurements: readonly Measurement[], periodStart: string, asOf: string | null = null): TargetVerdict {
  const known = measurements.filter((item) => asOf === null || item.date.slice(0, 10) <= asOf);
  const sorted = [...known].sort((a, b) => day(a.date) - day(b.date));
  if (target.perYear) return perYearVerdict(target, sorted, asOf);
  const latest = sorted.at(-1) ?? null;
  if (target.targetValue === null) return { status: 'geen_gegevens', reason: 'Het doel heeft geen streefwaarde.', latest, expected: null, year: null };
  if (!latest) return { status: 'geen_gegevens', reason: asOf ? `Nog geen meting tot en met ${formatDate(asOf)}.` : 'Nog geen meting.', latest, expected: null, year: null };
  const measured = `De laatste meting is ${amount(latest.value, target.unit)} op ${formatDate(latest.date)}`;
  const rising = target.targetValue >= (target.baseline ?? 0);
  const atLeast = (value: number, goal: number) => (rising ? value >= goal : value <= goal);
  if (atLeast(latest.value, target.targetValue)) {
    return { status: 'behaald', reason: `${measured} en bereikt de streefwaarde van ${amount(target.targetValue, target.unit)}.`, latest, expected: null, year: null };
  }
  const expected = expectedValue(target, periodStart, latest.date);
  if (expected === null) {
    return { status: 'op_koers', reason: `${measured}; de streefwaarde van ${amount(target.targetValue, target.unit)} is nog niet bereikt, maar er is geen einddatum.`, latest, expected, year: null };
  }
  const judgedOn = asOf ?? latest.date;
  if (day(judgedOn) > day(target.deadline!)) {
    return { status: 'achter', reason: `${measured}; de einddatum ${formatDate(target.deadline!)} is voorbij en de streefwaarde van ${amount(target.targetValue, target.unit)} is niet bereikt.`, latest, expected, year: null };
  }
  const onCourse = atLeast(latest.value, expected);
  return {
    status: onCourse ? 'op_koers' : 'achter',
    reason: `${measured}; bij gelijkmatige groei naar ${amount(target.targetValue, target.unit)} op ${formatDate(target.deadline!)} was op die dag ${amount(expected, target.unit)} verwacht.`,
    latest, expected, year: null,
  };
}

function perYearVerdict(target: TargetForStatus, sorted: readonly Measurement[], asOf: string | null): TargetVerdict {
  const latestOverall = sorted.at(-1) ?? null;
  const year = Number((asOf ?? latestOverall?.date ?? '').slice(0, 4)) || null;
  const inYear = year === null ? [] : sorted.filter((item) => Number(item.date.slice(0, 4)) === year);
  const latest = inYear.at(-1) ?? null;
  if (target.targetValue === null) return { status: 'geen_gegevens', reason: 'Het doel heeft geen streefwaarde.', latest, expected: null, year };
  const goal = `${amount(target.targetValue, target.unit)}${perYearSuffix({ ...target, perYear: true })}`;
  if (!latest || year === null) return { status: 'geen_gegevens', reason: year ? `Nog geen meting in ${year}.` : 'Nog geen meting.', latest, expected: null, year };
  const measured = `In ${year} is de stand ${amount(latest.value, target.unit)} op ${formatDate(latest.date)}`;
  if (latest.value >= target.targetValue) return { status: 'behaald', reason: `${measured}: het doel van ${goal} is voor ${year} bereikt.`, latest, expected: null, year };
  const yearEnd = `${year}-12-31`;
  if (asOf !== null && asOf >= yearEnd) {
    return { status: 'achter', reason: `${measured}: het doel van ${goal} is in ${year} niet bereikt.`, latest, expected: target.targetValue, year };
  }
  const expected = expectedValue({ baseline: 0, targetValue: target.targetValue, deadline: yearEnd }, `${year}-01-01`, latest.date)!;
  return {
    status: latest.value >= expected ? 'op_koers' : 'achter',
    reason: `${measured}; bij een gelijkmatig tempo naar ${goal} was op die dag ${amount(expected, target.unit)} verwacht.`,
    latest, expected, year,
  };
}

/** For a target per year: the verdict on each calendar year that has ended by `asOf` or has a measurement, oldest first. */
export function perYearResults(target: TargetForStatus, measurements: readonly Measurement[], years: readonly number[], asOf: string): { year: number; verdict: TargetVerdict }[] {
  return years
    .filter((year) => `${year}-01-01` <= asOf)
    .map((year) => ({ year, verdict: targetVerdict(target, measurements, `${year}-01-01`, asOf < `${year}-12-31` ? asOf : `${year}-12-31`) }));
}

export function targetStatus(target: TargetForStatus, measurements: readonly Measurement[], periodStart: string, asOf: string | null = null): TargetStatus {
  return targetVerdict(target, measurements, periodStart, asOf).status;
}
