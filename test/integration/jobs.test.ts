import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import { realisationRows, requiredPerYear, yearsOf } from '../../shared/jobsTable';
import { formatNumber, formatPercent } from '../../shared/format';
import { call, defensieId, refused } from '../support/core';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

/** Seed 003's universities: an agenda 2019-2020, 2% for 2019, hours that make 56.3 jobs, and two realised figures. */
async function recordJobs(core: Core) {
  const agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2019, endYear: 2020, title: 'Werkagenda 2019-2020' });
  await call(core, 'quotum.set', { year: 2019, percentage: 2, source: 'Eigen invoer' });
  let jobs = await call(core, 'employer.create', { agendaId: agenda.id, name: 'Universiteit A' });
  jobs = await call(core, 'employer.create', { agendaId: agenda.id, name: 'Universiteit B' });
  const [a, b] = jobs.employers;
  jobs = await call(core, 'employerHours.set', { employerId: a!.id, year: 2019, hours: { kind: 'uren', hoursPerYear: 3_746_765 } });
  jobs = await call(core, 'employerHours.set', { employerId: b!.id, year: 2020, hours: { kind: 'fte', fte: 300, hoursPerWeek: 38 } });
  jobs = await call(core, 'realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2019-07-01', jobs: 29.02, kind: 'regulier' });
  jobs = await call(core, 'realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2019-12-31', jobs: 36.2, kind: 'regulier', note: 'Jaarverslag' });
  jobs = await call(core, 'realisedJobs.create', { agendaId: agenda.id, employerId: a!.id, referenceDate: '2019-12-31', jobs: 4.5, kind: 'inkoop_sroi' });
  return jobs;
}

const dump = (file: string) => {
  const sqlite = new SQLite(file, { readonly: true });
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const content = Object.fromEntries(tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}"`).all()]));
  sqlite.close();
  return content;
};

describe('jobs and quotum in the core', () => {
  it('prefills only the known quotum percentages, with their source', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Leeg' });
    const jobs = await call(core, 'jobs.get', { agendaId: agenda.id });
    await core.close();
    expect(jobs.quotumPercentages.map(({ year, percentage }) => [year, percentage])).toEqual([[2018, 1.93], [2022, 2.69], [2024, 2.76]]);
    expect(jobs.quotumPercentages.every((entry) => entry.source.length > 5)).toBe(true);
    expect(jobs.employers).toEqual([]);
    expect(jobs.agenda).toMatchObject({ title: 'Leeg', startYear: 2025, endYear: 2026, sectorName: 'Defensie' });
  });

  it('stores employers, hours as entered, realised jobs, and computes the table of seed 003', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const jobs = await recordJobs(core);
    await core.close();
    expect(jobs.employers.map((e) => e.name)).toEqual(['Universiteit A', 'Universiteit B']);
    expect(jobs.employers[1]!.hours).toEqual([{ year: 2020, kind: 'fte', hoursPerYear: null, fte: 300, hoursPerWeek: 38 }]);
    expect(jobs.realised.map((r) => [r.referenceDate, r.jobs, r.kind])).toEqual([
      ['2019-07-01', 29.02, 'regulier'], ['2019-12-31', 36.2, 'regulier'], ['2019-12-31', 4.5, 'inkoop_sroi'],
    ]);
    const required = requiredPerYear(yearsOf(2019, 2020), jobs.employers, jobs.quotumPercentages);
    expect(required[0]!.total).toBeCloseTo(56.3, 6);
    // 2020 has no percentage: no required jobs.
    expect(required[1]!.percentage).toBeNull();
    const rows = realisationRows(jobs.realised, required, jobs.agenda.jobGoals);
    expect(rows.map((row) => [formatNumber(row.realised!), formatPercent(row.share!), formatNumber(row.behind!, 1), row.inkoop])).toEqual([
      ['29,02', '52%', '27,3', null], ['36,2', '64%', '20,1', 4.5],
    ]);
  });

  it('keeps everything after closing and reopening the file', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const recorded = await recordJobs(core);
    await core.close();
    const reopened = await startCore(file);
    const loaded = await call(reopened, 'jobs.get', { agendaId: recorded.agenda.id });
    await reopened.close();
    expect(loaded).toEqual(recorded);
    expect(loaded.quotumPercentages.find((entry) => entry.year === 2019)).toEqual({ year: 2019, percentage: 2, source: 'Eigen invoer' });
  });

  it('edits and deletes percentages, employers (with their figures) and realised jobs', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const recorded = await recordJobs(core);
    const id = recorded.agenda.id;
    const changed = await call(core, 'quotum.set', { year: 2024, percentage: 2.8, source: 'Gecorrigeerd' });
    expect(changed.quotumPercentages.find((entry) => entry.year === 2024)).toEqual({ year: 2024, percentage: 2.8, source: 'Gecorrigeerd' });
    const removed = await call(core, 'quotum.delete', { year: 2024 });
    expect(removed.quotumPercentages.map((entry) => entry.year)).toEqual([2018, 2019, 2022]);
    const [a] = recorded.employers;
    let jobs = await call(core, 'employer.rename', { id: a!.id, name: 'Universiteit Alfa' });
    expect(jobs.employers[0]!.name).toBe('Universiteit Alfa');
    jobs = await call(core, 'employerHours.set', { employerId: a!.id, year: 2019, hours: null });
    expect(jobs.employers[0]!.hours).toEqual([]);
    jobs = await call(core, 'employer.delete', { id: a!.id });
    expect(jobs.employers.map((e) => e.name)).toEqual(['Universiteit B']);
    // The inkoop figure of employer A went with it; the sector figures stay.
    expect(jobs.realised.map((r) => r.jobs)).toEqual([29.02, 36.2]);
    jobs = await call(core, 'realisedJobs.delete', { id: jobs.realised[0]!.id });
    expect(jobs.realised.map((r) => r.jobs)).toEqual([36.2]);
    const agenda = await call(core, 'agenda.get', { id });
    await core.close();
    expect(agenda.updatedAt > agenda.createdAt).toBe(true);
  });

  it('refuses invalid figures with a Dutch message and changes nothing', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const jobs = await recordJobs(core);
    const other = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2019, endYear: 2020, title: 'Andere' });
    const otherJobs = await call(core, 'employer.create', { agendaId: other.id, name: 'Elders' });
    const agendaId = jobs.agenda.id;
    const employerId = jobs.employers[0]!.id;
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await call(core, 'agenda.create', { sectorId: defensieId, startYear: Number(tomorrow.slice(0, 4)), endYear: Number(tomorrow.slice(0, 4)) + 1, title: 'Nu' });
    const before = dump(file);

    const cases: [channel: string, input: unknown, message: RegExp][] = [
      ['quotum.set', { year: 2025, percentage: 101, source: '' }, /hoogstens 100/],
      ['quotum.set', { year: 2025, percentage: 0, source: '' }, /groter dan 0/],
      ['quotum.set', { year: 2025, percentage: -2, source: '' }, /groter dan 0/],
      ['quotum.set', { year: 1999, percentage: 2, source: '' }, /2013 of later/],
      ['quotum.delete', { year: 2030 }, /Er is geen quotumpercentage voor 2030/],
      ['employer.create', { agendaId, name: '  ' }, /Vul de naam van de werkgever in/],
      ['employer.create', { agendaId, name: 'Universiteit A' }, /al een werkgever/],
      ['employer.rename', { id: employerId, name: 'Universiteit B' }, /al een werkgever/],
      ['employerHours.set', { employerId, year: 2019, hours: { kind: 'uren', hoursPerYear: -10 } }, /niet negatief/],
      ['employerHours.set', { employerId, year: 2019, hours: { kind: 'fte', fte: -1, hoursPerWeek: 36 } }, /niet negatief/],
      ['employerHours.set', { employerId, year: 2019, hours: { kind: 'fte', fte: 10, hoursPerWeek: 0 } }, /groter dan 0/],
      ['employerHours.set', { employerId, year: 2019, hours: { kind: 'fte', fte: 10, hoursPerWeek: 200 } }, /168/],
      ['employerHours.set', { employerId, year: 2023, hours: { kind: 'uren', hoursPerYear: 10 } }, /buiten de looptijd/],
      ['employerHours.set', { employerId: '00000000-0000-4000-8000-000000000000', year: 2019, hours: null }, /werkgever bestaat niet/],
      ['realisedJobs.create', { agendaId, employerId: null, referenceDate: '2021-01-01', jobs: 3, kind: 'regulier' }, /looptijd 2019-2020/],
      ['realisedJobs.create', { agendaId, employerId: null, referenceDate: '2018-12-31', jobs: 3, kind: 'regulier' }, /looptijd 2019-2020/],
      ['realisedJobs.create', { agendaId: future.id, employerId: null, referenceDate: tomorrow, jobs: 3, kind: 'regulier' }, /toekomst/],
      ['realisedJobs.create', { agendaId, employerId: null, referenceDate: '2019-02-30', jobs: 3, kind: 'regulier' }, /bestaat niet/],
      ['realisedJobs.create', { agendaId, employerId: null, referenceDate: '2019-06-30', jobs: -1, kind: 'regulier' }, /niet negatief/],
      ['realisedJobs.create', { agendaId, employerId: null, referenceDate: '2019-06-30', jobs: 1, kind: 'markt' }, /soort banen/],
      ['realisedJobs.create', { agendaId, employerId: otherJobs.employers[0]!.id, referenceDate: '2019-06-30', jobs: 1, kind: 'regulier' }, /hoort niet bij deze werkagenda/],
      ['realisedJobs.create', { agendaId, employerId: '00000000-0000-4000-8000-000000000000', referenceDate: '2019-06-30', jobs: 1, kind: 'regulier' }, /hoort niet bij deze werkagenda/],
      ['realisedJobs.delete', { id: '00000000-0000-4000-8000-000000000000' }, /bestaat niet/],
      ['jobs.get', { agendaId: '00000000-0000-4000-8000-000000000000' }, /bestaat niet/],
    ];
    for (const [channel, input, message] of cases) {
      const error = await refused(core, channel, input);
      expect(error.message, `${channel} ${JSON.stringify(input)}`).toMatch(message);
      expect(['VALIDATION', 'CONFLICT', 'NOT_FOUND']).toContain(error.code);
    }
    await core.close();
    expect(dump(file)).toEqual(before);
  });

  it('upgrades a file of the previous version: agendas kept, percentages prefilled', async () => {
    const file = join(tempDir(), 'oud.sqlite');
    const old = await openDatabase(file, { migrateTo: '0003-monitoring' });
    old.sqlite.prepare(`INSERT INTO agendas (id, sector_id, start_year, end_year, title, created_at, updated_at)
      VALUES ('22222222-2222-4222-8222-222222222222', ?, 2023, 2024, 'Oude werkagenda', '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')`).run(defensieId);
    old.sqlite.prepare("INSERT INTO job_goals (agenda_id, year, jobs) VALUES ('22222222-2222-4222-8222-222222222222', 2024, 56.3)").run();
    await old.close();

    const core = await startCore(file);
    const jobs = await call(core, 'jobs.get', { agendaId: '22222222-2222-4222-8222-222222222222' });
    const agenda = await call(core, 'agenda.get', { id: '22222222-2222-4222-8222-222222222222' });
    await core.close();
    expect(agenda).toMatchObject({ title: 'Oude werkagenda', startYear: 2023, endYear: 2024, jobGoals: [{ year: 2024, jobs: 56.3 }] });
    expect(jobs.quotumPercentages.map((entry) => entry.year)).toEqual([2018, 2022, 2024]);
    expect(jobs.employers).toEqual([]);
    expect(jobs.agenda.jobGoals).toEqual([{ year: 2024, jobs: 56.3 }]);
  });
});

describe('no silent overwrite of a quotum year', () => {
  it('adds a year that has no percentage, and refuses to replace one that has, naming what is there', async () => {
    const core = await startCore(join(tempDir(), 'quotum-add.sqlite'));
    const before = (await call(core, 'quotum.add', { year: 2025, percentage: 2.76, source: 'UWV' })).quotumPercentages;
    expect(before.find((entry) => entry.year === 2025)).toEqual({ year: 2025, percentage: 2.76, source: 'UWV' });
    const error = await refused(core, 'quotum.add', { year: 2024, percentage: 3, source: 'Poging' });
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'year', message: "Voor 2024 staat al 2,76% (bron: Vastgesteld door SZW (oktober 2023)). Het percentage geldt voor alle werkagenda’s." });
    const after = await call(core, 'quotum.set', { year: 2024, percentage: 2.76, source: 'Vastgesteld door SZW (oktober 2023)' });
    expect(after.quotumPercentages).toEqual(before);
    await core.close();
  });
});

describe('inkoop and SROI in persons or hours (issue 14, item 5)', () => {
  it('converts persons and hours in the core, keeps what was typed, refuses it for regular jobs, and carries it in the exchange file', async () => {
    const core = await startCore(join(tempDir(), 'personen.sqlite'));
    const agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda 2025-2026' });
    // The client's figure is ignored: 12 persons are 13,8 banen, whatever the request says.
    let jobs = await call(core, 'realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2025-06-30', jobs: 999, kind: 'inkoop_sroi', entered: { unit: 'personen', value: 12 } });
    jobs = await call(core, 'realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2025-09-30', jobs: 0, kind: 'inkoop_sroi', entered: { unit: 'uren', value: 51 } });
    expect(jobs.realised.map(({ jobs: count, entered }) => ({ count, entered }))).toEqual([
      { count: 13.8, entered: { unit: 'personen', value: 12 } },
      { count: 2, entered: { unit: 'uren', value: 51 } },
    ]);
    const wrong = await refused(core, 'realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2025-06-30', jobs: 1, kind: 'regulier', entered: { unit: 'personen', value: 3 } });
    expect(wrong.message).toMatch(/alleen invullen bij banen via inkoop en SROI/);
    expect((await call(core, 'jobs.get', { agendaId: agenda.id })).realised).toHaveLength(2);

    const other = await startCore(join(tempDir(), 'ander.sqlite'));
    const exported = await call(core, 'exchange.export', { agendaId: agenda.id });
    await call(other, 'exchange.import', { text: Buffer.from(exported.base64, 'base64').toString('utf8') });
    const received = await call(other, 'jobs.get', { agendaId: agenda.id });
    expect(received.realised.map(({ jobs: count, entered }) => ({ count, entered }))).toEqual([
      { count: 13.8, entered: { unit: 'personen', value: 12 } },
      { count: 2, entered: { unit: 'uren', value: 51 } },
    ]);
    await Promise.all([core.close(), other.close()]);
  });
});
