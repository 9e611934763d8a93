import { describe, expect, it } from 'vitest';
import { overlegAgenda } from '../../test/support/overleg';
import { formatDate, formatNumber, formatPercent } from '../format';
import { jobsPerSector } from './jobs';

describe('jobs per sector (issue 6, item 4)', () => {
  it('gives the universities of seed 003: 36.2 on 31 December 2019 against 56.3 is 64%, 20.1 behind', () => {
    const universiteiten = overlegAgenda(1, {
      sectorName: 'Universiteiten', startYear: 2019, endYear: 2020,
      jobGoals: [{ year: 2019, jobs: 56.3 }, { year: 2020, jobs: 70 }],
      latestRealised: { date: '2019-12-31', jobs: 36.2 },
    });
    const [row] = jobsPerSector([universiteiten]);
    expect(row).toMatchObject({ sectorName: 'Universiteiten', year: 2019, target: 56.3, realised: 36.2, date: '2019-12-31' });
    expect(formatPercent(row!.share!)).toBe('64%');
    expect(formatNumber(row!.behind!, 1)).toBe('20,1');
    expect(formatDate(row!.date!)).toBe('31 december 2019');
  });

  it('shows the goal of the last year of the period when nothing is realised yet', () => {
    const [row] = jobsPerSector([overlegAgenda(1, { startYear: 2023, endYear: 2024, jobGoals: [{ year: 2023, jobs: 10 }, { year: 2024, jobs: 12 }] })]);
    expect(row).toMatchObject({ year: 2024, target: 12, realised: null, date: null, share: null, behind: null });
  });

  it('never compares a figure with the goal of another year', () => {
    const [row] = jobsPerSector([overlegAgenda(1, { jobGoals: [{ year: 2022, jobs: 12 }], latestRealised: { date: '2021-06-30', jobs: 5 } })]);
    expect(row).toMatchObject({ year: 2021, target: null, realised: 5, share: null, behind: null });
  });

  it('is 0 behind once the target is met, and has no percentage of a target of 0', () => {
    const [met, zero] = jobsPerSector([
      overlegAgenda(1, { jobGoals: [{ year: 2022, jobs: 12 }], latestRealised: { date: '2022-12-31', jobs: 15 } }),
      overlegAgenda(2, { jobGoals: [{ year: 2022, jobs: 0 }], latestRealised: { date: '2022-12-31', jobs: 1 } }),
    ]);
    expect(met).toMatchObject({ share: 1.25, behind: 0 });
    expect(zero).toMatchObject({ target: 0, share: null, behind: 0 });
  });
});
