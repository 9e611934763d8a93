import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './format';
import { quotumApplies, realisation, requiredJobsFromWeeklyHours, requiredJobsFromYearlyHours, weeklyHoursFromFte } from './quotum';

describe('quotum arithmetic (seeds 002 and 003)', () => {
  it('2,500 fte x 36 hours a week at 1.93% is 68 jobs', () => {
    const weekly = weeklyHoursFromFte(2500, 36);
    expect(weekly).toBe(90_000);
    expect(Math.floor(requiredJobsFromWeeklyHours(1.93, weekly))).toBe(68);
  });

  it('gives the same answer from hours per year (x 52.2 weeks = 1,331 / 25.5)', () => {
    const yearly = 90_000 * (1331 / 25.5);
    expect(requiredJobsFromYearlyHours(1.93, yearly)).toBeCloseTo(requiredJobsFromWeeklyHours(1.93, 90_000), 6);
  });

  it.each([
    [300, 2.69, 12],
    [320, 2.69, 13],
  ])('about %i fte at %s%% is about %i jobs (seed 003 footnote 20)', (fte, percentage, jobs) => {
    // The footnote's employer works 38-hour weeks, the usual government contract.
    expect(Math.round(requiredJobsFromWeeklyHours(percentage, weeklyHoursFromFte(fte, 38)))).toBe(jobs);
  });

  it('realised 36.2 against 56.3 is 64%, 20.1 behind', () => {
    const result = realisation(36.2, 56.3);
    expect(formatPercent(result.share)).toBe('64%');
    expect(formatNumber(result.behind, 1)).toBe('20,1');
  });

  it('never reports a negative shortfall and handles a zero target', () => {
    expect(realisation(70, 68).behind).toBe(0);
    expect(realisation(5, 0)).toEqual({ share: 0, behind: 0 });
  });

  it('applies the quotum above 40,575 paid hours a year', () => {
    expect(quotumApplies(40_575)).toBe(false);
    expect(quotumApplies(40_576)).toBe(true);
  });
});
