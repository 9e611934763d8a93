/**
 * The Check step: is a measurable target on course?
 *
 * Rule (shown to users in the same words):
 * - no measurement yet: "geen gegevens";
 * - the latest measurement reaches the target value: "behaald";
 * - otherwise we expect steady progress from the baseline at the start of the
 *   period to the target value at the deadline; a latest measurement at or
 *   beyond that expected value on its date is "op koers", below it "achter";
 *   after the deadline anything short of the target is "achter".
 * A target whose value is below its baseline (for example fewer drop-outs)
 * works the same way downwards.
 */
export type TargetStatus = 'behaald' | 'op_koers' | 'achter' | 'geen_gegevens';

export const targetStatusLabels: Record<TargetStatus, string> = {
  behaald: 'Behaald',
  op_koers: 'Op koers',
  achter: 'Achter',
  geen_gegevens: 'Geen gegevens',
};

export const targetStatusRule =
  'Een doel is behaald als de laatste meting de streefwaarde bereikt. Anders verwachten we een gelijkmatige groei van de beginwaarde aan het begin van de looptijd naar de streefwaarde op de einddatum: ligt de laatste meting op of boven die verwachte waarde, dan is het doel op koers, anders loopt het achter. Zonder meting: geen gegevens.';

export interface TargetForStatus {
  baseline: number | null;
  targetValue: number | null;
  /** ISO date; without one the target is judged only on reaching its value. */
  deadline: string | null;
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

export function targetStatus(target: TargetForStatus, measurements: readonly Measurement[], periodStart: string): TargetStatus {
  if (measurements.length === 0 || target.targetValue === null) return 'geen_gegevens';
  const latest = [...measurements].sort((a, b) => day(a.date) - day(b.date)).at(-1)!;
  const rising = target.targetValue >= (target.baseline ?? 0);
  const atLeast = (value: number, goal: number) => (rising ? value >= goal : value <= goal);
  if (atLeast(latest.value, target.targetValue)) return 'behaald';
  const expected = expectedValue(target, periodStart, latest.date);
  if (expected === null) return 'op_koers';
  return atLeast(latest.value, expected) && day(latest.date) <= day(target.deadline!) ? 'op_koers' : 'achter';
}
