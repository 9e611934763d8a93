import { describe, expect, it } from 'vitest';
import type { EmployerHours, RealisedJobs } from './domain/jobs';
import { formatNumber, formatPercent } from './format';
import { comparisonWords, jobsFigures, jobsSentence, paidHoursPerYear, realisationRows, requiredJobs, requiredPerYear, targetForYear } from './jobsTable';

const fte = (year: number, count: number, hoursPerWeek: number): EmployerHours => ({ year, kind: 'fte', hoursPerYear: null, fte: count, hoursPerWeek });
const uren = (year: number, hoursPerYear: number): EmployerHours => ({ year, kind: 'uren', hoursPerYear, fte: null, hoursPerWeek: null });
let next = 0;
const jobs = (referenceDate: string, count: number, employerId: string | null = null, kind: RealisedJobs['kind'] = 'regulier'): RealisedJobs => ({
  id: `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`, agendaId: '00000000-0000-4000-8000-000000000000', employerId, referenceDate, jobs: count, kind, note: '', entered: null,
});

describe('required jobs (seed 002 and seed 003 footnote 20)', () => {
  it('2,500 fte x 36 hours a week at 1.93% is 68 jobs', () => {
    expect(Math.round(requiredJobs(1.93, fte(2018, 2500, 36)))).toBe(68);
  });

  it('about 300 fte at 2.69% is about 12 jobs, 320 fte about 13', () => {
    expect(Math.round(requiredJobs(2.69, fte(2022, 300, 38)))).toBe(12);
    expect(Math.round(requiredJobs(2.69, fte(2022, 320, 38)))).toBe(13);
  });

  it('gives the same jobs from fte as from the paid hours per year derived from them', () => {
    const weekly = fte(2024, 300, 38);
    const hours = paidHoursPerYear(weekly);
    expect(hours).toBeCloseTo(300 * 38 * 1331 / 25.5, 6);
    expect(requiredJobs(2.76, uren(2024, hours))).toBeCloseTo(requiredJobs(2.76, weekly), 9);
    expect(requiredJobs(2.76, uren(2024, 1331 * 100))).toBeCloseTo(2.76, 9);
  });

  it('adds employers up per year, and says when a year has no percentage', () => {
    const employers = [
      { id: 'a', name: 'A', hours: [fte(2024, 2500, 36), uren(2025, 133_100)] },
      { id: 'b', name: 'B', hours: [uren(2024, 133_100)] },
    ];
    const [y2024, y2025] = requiredPerYear([2024, 2025], employers, [{ year: 2024, percentage: 2.76, source: 'SZW' }]);
    expect(y2024!.percentage).toBe(2.76);
    expect(y2024!.total).toBeCloseTo(2.76 * 90_000 / 100 / 25.5 + 2.76, 9);
    expect(y2024!.withHours).toBe(2);
    expect(y2025!.percentage).toBeNull();
    expect(y2025!.total).toBeNull();
    expect(y2025!.employers.map((row) => row.required)).toEqual([null, null]);
    expect(y2025!.employers[0]!.hoursPerYear).toBe(133_100);
  });
});

describe('realisation per reference date (seed 003, universities)', () => {
  it('realised 36.2 against 56.3 is 64%, 20.1 behind', () => {
    const required = requiredPerYear([2019, 2020], [], []);
    const rows = realisationRows([jobs('2019-12-31', 36.2), jobs('2019-07-01', 29.02)], required, [{ year: 2019, jobs: 56.3 }]);
    expect(rows.map((row) => row.date)).toEqual(['2019-07-01', '2019-12-31']);
    const end = rows[1]!;
    expect(end.target).toEqual({ year: 2019, value: 56.3, source: 'doel' });
    expect(formatPercent(end.share!)).toBe('64%');
    expect(formatNumber(end.behind!, 1)).toBe('20,1');
    expect(formatNumber(rows[0]!.realised!)).toBe('29,02');
    expect(formatPercent(rows[0]!.share!)).toBe('52%');
  });

  it("prefers the agenda's own goal over the quotum requirement, and has none without either", () => {
    // 3,746,765 paid hours at 2% is 56.3 jobs.
    const required = requiredPerYear([2019, 2020], [{ id: 'u', name: 'Universiteit', hours: [uren(2019, 3_746_765)] }], [{ year: 2019, percentage: 2, source: '' }]);
    expect(targetForYear(2019, required, [{ year: 2019, jobs: 99 }])).toEqual({ year: 2019, value: 99, source: 'doel' });
    expect(targetForYear(2019, required, [])).toEqual({ year: 2019, value: expect.closeTo(56.3, 9), source: 'quotum' });
    expect(targetForYear(2020, required, [{ year: 2020, jobs: 60 }])).toEqual({ year: 2020, value: 60, source: 'doel' });
    expect(targetForYear(2020, required, [])).toBeNull();
    const [row] = realisationRows([jobs('2020-06-30', 10)], required, []);
    expect(row).toMatchObject({ realised: 10, target: null, share: null, behind: null });
  });

  it('gives no quotum to an employer with 40,575 paid hours a year or fewer', () => {
    const [year] = requiredPerYear([2025], [
      { id: 'groot', name: 'Groot', hours: [uren(2025, 1_331_000)] },
      { id: 'klein', name: 'Klein', hours: [uren(2025, 40_575)] },
    ], [{ year: 2025, percentage: 2.76, source: '' }]);
    expect(year!.employers.map((row) => [row.quotumApplies, row.required])).toEqual([[true, expect.closeTo(27.6, 9)], [false, null]]);
    expect(year!.total).toBeCloseTo(27.6, 9);
    expect(year!.belowThreshold).toBe(1);
    const [onlySmall] = requiredPerYear([2025], [{ id: 'klein', name: 'Klein', hours: [uren(2025, 20_000)] }], [{ year: 2025, percentage: 2.76, source: '' }]);
    expect(onlySmall!.total).toBeNull();
  });

  it('says in words that a date before 31 December is compared with the target for the whole year', () => {
    const figures = jobsFigures({
      startYear: 2019, endYear: 2020, jobGoals: [{ year: 2019, jobs: 56.3 }], employers: [], quotumPercentages: [],
      realised: [jobs('2019-07-01', 29.02), jobs('2019-12-31', 36.2)],
    });
    const [july, december] = figures.rows;
    expect(july!.beforeYearEnd).toBe(true);
    expect(comparisonWords(july!)).toBe('doel van de werkagenda voor eind 2019; de peildatum ligt vóór het einde van het jaar');
    expect(jobsSentence(december!)).toBe('36,2 banen gerealiseerd op 31 december 2019, tegenover 56,3 (doel van de werkagenda voor eind 2019): 64%, achterstand 20,1 banen.');
    expect(jobsFigures({ ...figures, startYear: 2019, endYear: 2020, jobGoals: [{ year: 2019, jobs: 56.3 }], employers: [], quotumPercentages: [],
      realised: [jobs('2019-07-01', 29.02), jobs('2019-12-31', 36.2)] }, '2019-09-30').latest?.date).toBe('2019-07-01');
    expect(jobsSentence(null)).toBe('Nog geen gerealiseerde banen vastgelegd.');
  });

  it('uses the sector figure of a date when there is one, else the employers summed, and keeps inkoop/SROI apart', () => {
    const required = requiredPerYear([2019], [], []);
    const goals = [{ year: 2019, jobs: 56.3 }];
    const rows = realisationRows([
      jobs('2019-07-01', 10, 'a'), jobs('2019-07-01', 19.02, 'b'), jobs('2019-07-01', 5, null, 'inkoop_sroi'),
      jobs('2019-12-31', 20, 'a'), jobs('2019-12-31', 36.2, null),
    ], required, goals);
    expect(rows[0]).toMatchObject({ realised: 29.02, realisedSource: 'werkgevers', inkoop: 5 });
    expect(rows[1]).toMatchObject({ realised: 36.2, realisedSource: 'sector', inkoop: null });
    expect(rows[1]!.behind).toBeCloseTo(20.1, 9);
  });

  it('is never behind once the target is met', () => {
    const [row] = realisationRows([jobs('2019-12-31', 60)], requiredPerYear([2019], [], []), [{ year: 2019, jobs: 56.3 }]);
    expect(row!.behind).toBe(0);
    expect(formatPercent(row!.share!)).toBe('107%');
  });
});
