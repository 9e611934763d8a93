import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../electron/core';
import { formatNumber, formatPercent } from '../../shared/format';
import { jobsFigures, jobsSentence } from '../../shared/jobsTable';
import { jobsPerSector } from '../../shared/overleg';
import { call } from '../support/core';
import { useTempDir } from '../support/temp';
import { render, writeFile } from './export-support/render';

const tempDir = useTempDir();
const imageDir = join(process.cwd(), 'test-output', 'export');
const flat = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Issue 10, item 4: one agenda's jobs target, realised figure and percentage are the same on
 * Banen en quotum (its data), in the overleg (screen data, CSV and Word), in the agenda export and in the
 * voortgangsrapportage (data and Word).
 * The agenda has no own goal for 2025, so the target is the quotum requirement: 2.76% of the
 * 1,331,000 paid hours of the large employer is 27.6 jobs; the small one (30,000 hours) is below
 * the threshold and adds nothing. Realised 20.7 on 31 December 2025 is 75%, 6.9 jobs behind.
 */
describe('one set of jobs figures', () => {
  it('shows the same target, realised figure and percentage everywhere', async () => {
    const core = await startCore(join(tempDir(), 'banen.sqlite'));
    const sector = (await call(core, 'reference.get', {})).sectors.find((item) => item.name === 'Universiteiten')!;
    const agenda = await call(core, 'agenda.create', { sectorId: sector.id, startYear: 2025, endYear: 2026, title: 'Werkagenda universiteiten 2025-2026' });
    await call(core, 'quotum.set', { year: 2025, percentage: 2.76, source: 'UWV' });
    for (const [name, hoursPerYear] of [['Universiteit A', 1_331_000], ['Kleine hogeschool', 30_000]] as const) {
      const jobs = await call(core, 'employer.create', { agendaId: agenda.id, name });
      const employer = jobs.employers.find((item) => item.name === name)!;
      await call(core, 'employerHours.set', { employerId: employer.id, year: 2025, hours: { kind: 'uren', hoursPerYear } });
    }
    await call(core, 'realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2025-07-01', jobs: 12, kind: 'regulier' });
    await call(core, 'realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2025-12-31', jobs: 20.7, kind: 'regulier' });

    // Banen en quotum and Voortgang compute from jobs.get.
    const screen = await call(core, 'jobs.get', { agendaId: agenda.id });
    const latest = jobsFigures({ ...screen.agenda, ...screen }).latest!;
    expect(latest.target).toEqual({ year: 2025, value: expect.closeTo(27.6, 9), source: 'quotum' });
    expect(latest.realised).toBe(20.7);
    expect(formatPercent(latest.share!)).toBe('75%');
    expect(formatNumber(latest.behind!, 1)).toBe('6,9');
    const sentence = '20,7 banen gerealiseerd op 31 december 2025, tegenover 27,6 (quotumverplichting voor eind 2025): 75%, achterstand 6,9 banen.';
    expect(jobsSentence(latest)).toBe(sentence);

    // The overleg screen's data.
    const period = { startYear: 2025, endYear: 2026 };
    const overleg = await call(core, 'overleg.get', { period });
    const [row] = jobsPerSector(overleg.agendas);
    expect(row).toMatchObject({ target: latest.target, realised: 20.7, share: latest.share, behind: latest.behind, date: '2025-12-31' });

    // The overleg CSV: Dutch decimals, the kind of target named.
    const csv = Buffer.from((await call(core, 'overleg.exportCsv', { period, groupId: null })).base64, 'base64').toString('utf8');
    expect(csv).toContain('Universiteiten;2025;27,6;quotumverplichting;20,7;2025-12-31;75%;6,9\r\n');

    // The overleg's Word export and the agenda's Word export, as LibreOffice renders them.
    const overlegDocx = await call(core, 'overleg.exportDocx', { period, groupId: null });
    const overlegText = flat(render(writeFile(join(tempDir(), 'overleg.docx'), Buffer.from(overlegDocx.base64, 'base64')), imageDir).raw);
    for (const expected of ['27,6 (quotumverplichting, 2025)', '20,7', '75%', '6,9']) expect(overlegText).toContain(expected);
    const agendaDocx = await call(core, 'agenda.exportDocx', { id: agenda.id, revisionNumber: null });
    const agendaText = flat(render(writeFile(join(tempDir(), 'agenda.docx'), Buffer.from(agendaDocx.base64, 'base64')), imageDir).raw);
    for (const expected of ['27,6 (quotumverplichting voor eind 2025)', '20,7', '75%', '6,9']) expect(agendaText).toContain(expected);

    // The voortgangsrapportage at 31 December 2025: its data and its Word file.
    const report = await call(core, 'report.get', { agendaId: agenda.id, peildatum: '2025-12-31' });
    expect(report.jobs).toMatchObject({ target: latest.target, share: latest.share, behind: latest.behind, sentence });
    const reportDocx = await call(core, 'report.exportDocx', { agendaId: agenda.id, peildatum: '2025-12-31' });
    const reportText = flat(render(writeFile(join(tempDir(), 'rapportage.docx'), Buffer.from(reportDocx.base64, 'base64')), imageDir).raw);
    expect(reportText).toContain(sentence);
    for (const expected of ['27,6', '20,7', '75%', '6,9', 'geen quotum (40.575 uur of minder)']) expect(reportText).toContain(expected);
    await core.close();
  }, 120_000);
});
