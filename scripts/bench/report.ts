/**
 * How every section of `npm run bench` measures and reports: p50/p95/max over the runs, each goal judged and printed
 * as met or missed, with its ratio against a baseline measured in the same run (the machine is shared and noisy:
 * ratios hold where absolute times drift).
 */
export interface Stats { runs: number; p50: number; p95: number; max: number }

export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('stats: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { runs: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the milliseconds of each measured run. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 2): Promise<number[]> {
  for (let index = 0; index < warmup; index++) await fn();
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export const formatStats = (s: Stats, unit = 'ms') =>
  `p50 ${s.p50.toFixed(1)} / p95 ${s.p95.toFixed(1)} / max ${s.max.toFixed(1)} ${unit} (${s.runs} runs)`;

export interface GoalLine { name: string; met: boolean }
const results: GoalLine[] = [];

/**
 * Judges `measured` against `limit` (lower is better) and prints one line. `baseline`: the raw floor of the same
 * work, measured in this run; the ratio is printed, and `maxRatio` (if given) is a goal of its own.
 */
export function judge(name: string, measured: number, limit: number, unit: string, baseline?: { what: string; value: number; maxRatio?: number }): boolean {
  let met = measured < limit;
  let line = `${name}: ${measured.toFixed(1)} ${unit} (goal < ${limit} ${unit})`;
  if (baseline) {
    const ratio = measured / baseline.value;
    line += `; ${baseline.what} ${baseline.value.toFixed(1)} ${unit}, ratio ${ratio.toFixed(2)}×`;
    if (baseline.maxRatio !== undefined) {
      line += ` (goal ≤ ${baseline.maxRatio}×)`;
      met = met && ratio <= baseline.maxRatio;
    }
  }
  results.push({ name, met });
  console.log(`  ${met ? 'MET   ' : 'MISSED'} ${line}`);
  return met;
}

/** Prints how many goals were met; returns the number missed. */
export function summarise(): number {
  const missed = results.filter((r) => !r.met);
  console.log(`\n${results.length - missed.length} of ${results.length} goals met${missed.length ? `; missed: ${missed.map((r) => r.name).join('; ')}` : ''}.`);
  return missed.length;
}
