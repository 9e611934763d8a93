import { describe, expect, it } from 'vitest';
import { enteredWords, jobsFromEntered } from './inkoopConversion';

describe('inkoop and SROI in persons or hours (seed 003, part 2)', () => {
  it.each([
    [{ unit: 'personen' as const, value: 12 }, 13.8],
    [{ unit: 'personen' as const, value: 1 }, 1.15],
    // §8.1.4: 129.532 persons held 149.272 banen; the rounded factor gives 148.961,8.
    [{ unit: 'personen' as const, value: 129_532 }, 148_961.8],
    [{ unit: 'uren' as const, value: 51 }, 2],
    [{ unit: 'uren' as const, value: 20 }, 0.78],
  ])('%j is %d banen', (entered, jobs) => {
    expect(jobsFromEntered(entered)).toBe(jobs);
  });

  it('says how it was converted', () => {
    expect(enteredWords({ unit: 'personen', value: 12 })).toBe('12 personen = 13,8 banen (1,15 per persoon)');
    expect(enteredWords({ unit: 'uren', value: 51 })).toBe('51 uur per week = 2 banen (25,5 uur per baan)');
  });
});
