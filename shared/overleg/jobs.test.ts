import { describe, expect, it } from 'vitest';
import type { OverlegJobs } from '../domain/overleg';
import { overlegAgenda } from '../../test/support/overleg';
import { formatDate, formatNumber, formatPercent } from '../format';
import { jobsPerSector } from './jobs';

const realised = (...rows: [date: string, jobs: number][]): OverlegJobs => ({
  employers: [], quotumPercentages: [], realised: rows.map(([referenceDate, jobs]) => ({ employerId: null, referenceDate, jobs, kind: 'regulier' as const })),
});

describe('jobs per sector', () => {
  it('gives the universities of seed 003: 36.2 on 31 December 2019 against 56.3 is 64%, 20.1 behind', () => {
    const universiteiten = overlegAgenda(1, {
      sectorName: 'Universiteiten', startYear: 2019, endYear: 2020,
      jobGoals: [{ year: 2019, jobs: 56.3 }, { year: 2020, jobs: 70 }],
      jobs: realised(['2019-07-01', 29.02], ['2019-12-31', 36.2]),
    });
    const [row] = jobsPerSector([universiteiten]);
    expect(row).toMatchObject({ sectorName: 'Universiteiten', year: 2019, target: { value: 56.3, source: 'doel' }, realised: 36.2, date: '2019-12-31' });
    expect(formatPercent(row!.share!)).toBe('64%');
    expect(formatNumber(row!.behind!, 1)).toBe('20,1');
    expect(formatDate(row!.date!)).toBe('31 december 2019');
  });

  it('shows the target of the last year of the period when nothing is realised yet', () => {
    const [row] = jobsPerSector([overlegAgenda(1, { startYear: 2023, endYear: 2024, jobGoals: [{ year: 2023, jobs: 10 }, { year: 2024, jobs: 12 }] })]);
    expect(row).toMatchObject({ year: 2024, target: { value: 12 }, realised: null, date: null, share: null, behind: null });
  });

  it('never compares a figure with the goal of another year', () => {
    const [row] = jobsPerSector([overlegAgenda(1, { jobGoals: [{ year: 2022, jobs: 12 }], jobs: realised(['2021-06-30', 5]) })]);
    expect(row).toMatchObject({ year: 2021, target: null, realised: 5, share: null, behind: null });
  });

  it('uses the quotum requirement of the employers when the agenda has no goal for the year, like Banen en quotum', () => {
    // 2.76% of 1,331 x 1,000 hours is 27.6 jobs; the small employer (40,000 hours) is below the threshold and adds nothing.
    const jobs: OverlegJobs = {
      ...realised(['2025-12-31', 20]),
      employers: [
        { id: '00000000-0000-4000-8000-e00000000001', name: 'Groot', hours: [{ year: 2025, kind: 'uren', hoursPerYear: 1_331_000, fte: null, hoursPerWeek: null }] },
        { id: '00000000-0000-4000-8000-e00000000002', name: 'Klein', hours: [{ year: 2025, kind: 'uren', hoursPerYear: 40_000, fte: null, hoursPerWeek: null }] },
      ],
      quotumPercentages: [{ year: 2025, percentage: 2.76, source: 'UWV' }],
    };
    const [row] = jobsPerSector([overlegAgenda(1, { startYear: 2025, endYear: 2026, jobs })]);
    expect(row!.target).toEqual({ year: 2025, value: expect.closeTo(27.6, 9), source: 'quotum' });
    expect(formatPercent(row!.share!)).toBe('72%');
  });

  it('is 0 behind once the target is met, and has no percentage of a target of 0', () => {
    const [met, zero] = jobsPerSector([
      overlegAgenda(1, { jobGoals: [{ year: 2022, jobs: 12 }], jobs: realised(['2022-12-31', 15]) }),
      overlegAgenda(2, { jobGoals: [{ year: 2022, jobs: 0 }], jobs: realised(['2022-12-31', 1]) }),
    ]);
    expect(met).toMatchObject({ share: 1.25, behind: 0 });
    expect(zero).toMatchObject({ target: { value: 0 }, share: null, behind: 0 });
  });
});
