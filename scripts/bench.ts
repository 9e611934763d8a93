/**
 * npm run bench: how fast the Word export is for large agendas (PRODUCT.md: exporting must feel instant, also with
 * hundreds of actions; goal: 300 actions in under 1 second), and how fast the dossierhoudersoverleg compares the
 * twelve sectors' agendas of 100 actions each (goal: under 100 ms), and how fast the voortgangsrapportage of a 300-action
 * agenda with two years of monthly measurements is built and exported (goal: under 1 second, p95 over 20 runs).
 *
 * For 50, 300 and 1,000 actions it generates an agenda in a temporary SQLite file (inserted straight into the tables
 * for speed; generating is not measured), loads it through the core's own service, and measures the export as the
 * median of 5 runs after a warm-up. The baseline, measured in the same run, is the floor any .docx writer pays:
 * zipping the very same XML parts again with fflate (the zip library docx uses) at the same default compression.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { openDatabase } from '../electron/core/db/database';
import { exportAgendaDocx } from '../electron/core/export/agendaDocx';
import { createAgenda, loadAgenda } from '../electron/core/services/plan/agendas';
import { newId, now, type Db } from '../electron/core/services/common';
import { getReference } from '../electron/core/services/beheer/reference';
import { loadOverleg } from '../electron/core/services/overleg/load';
import { freezeRevision } from '../electron/core/services/signoff/revisions';
import { signRevision } from '../electron/core/services/signoff/signatures';
import { cycleChecks, jobsPerSector, sharedKnelpunten, typeMatrix } from '../shared/overleg';
import type { z } from 'zod';
import { api, type Api, type ApiInput, type Channel } from '../shared/api';
import type { ProgressReport } from '../shared/domain/report';
import { dispatch } from '../electron/core/dispatch';
import { createAction, createMilestone } from '../electron/core/services/plan/actions';
import { createFoundKnelpunt, updateEvaluation } from '../electron/core/services/cycle/evaluation';
import { setJobGoal } from '../electron/core/services/plan/goals';
import { createHandlers } from '../electron/core/handlers/index';
import { createEmployer, createRealisedJobs, setEmployerHours, setQuotumPercentage } from '../electron/core/services/jobs/jobs';
import { createMeasurement, createProgressNote, setActionStatus, setMilestoneDone } from '../electron/core/services/monitoring/progress';
import { createTarget } from '../electron/core/services/plan/targets';
import { benchWordImport } from './bench/wordImport';

const sizes = [50, 300, 1000];
const runs = 5;
const goalMs = 1000;
const defensieId = 'ea41e91d-3a13-4e81-a8f5-212e1df57fac';

const sentence = 'Werkgevers in de sector melden hun vacatures voor de doelgroep bij het regionale werkgeversservicepunt. ';
const pick = <T>(values: readonly T[], index: number): T => values[index % values.length]!;
const month = (index: number) => `${2025 + Math.floor(index / 12) % 2}-${String((index % 12) + 1).padStart(2, '0')}`;

/** An agenda with `count` actions of all 12 types, each with a description, 1-2 milestones and 1-2 targets. */
async function generate(db: Db, count: number, sectorId = defensieId): Promise<string> {
  const { id } = await createAgenda(db, { sectorId, startYear: 2025, endYear: 2026, title: `Werkagenda Defensie 2025-2026 (${count} acties)` });
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('agendas').set({ introduction: sentence.repeat(8), lookback: sentence.repeat(5), objectives: sentence.repeat(4), accountability: sentence.repeat(4) }).where('id', '=', id).execute();
    const knelpunten = Array.from({ length: 6 }, (_, index) => ({
      id: newId(), agendaId: id, title: `Knelpunt ${index + 1}`, description: sentence.repeat(2), cause: sentence, catalogueId: null, sortOrder: index, createdAt: now(),
    }));
    await trx.insertInto('knelpunten').values(knelpunten).execute();
    const rows = Array.from({ length: count }, (_, index) => ({
      id: newId(), agendaId: id, title: `Actie ${index + 1}: samen met werkgevers meer banen voor de doelgroep`,
      description: sentence.repeat(1 + (index % 5)), primaryTypeId: (index % 12) + 1, actor: pick(['sector', 'werkgevers', 'partner'] as const, index),
      nature: pick(['nieuw', 'voortgezet', 'bestaand'] as const, index), owner: 'Programmaleider', startMonth: month(index % 12), endMonth: month(12 + (index % 12)),
      jobsPrognosis: index % 4 === 0 ? null : (index % 17) + 0.5, sortOrder: index, createdAt: now(), updatedAt: now(),
    }));
    for (let start = 0; start < rows.length; start += 100) {
      const chunk = rows.slice(start, start + 100);
      await trx.insertInto('actions').values(chunk).execute();
      await trx.insertInto('milestones').values(chunk.flatMap((action, index) => Array.from({ length: 1 + (index % 2) }, (_, m) => ({
        id: newId(), actionId: action.id, title: `Mijlpaal ${m + 1}`, month: month(index + m * 3), done: 0 as const, sortOrder: m,
      })))).execute();
      await trx.insertInto('targets').values(chunk.flatMap((action, index) => Array.from({ length: 1 + (index % 2) }, (_, t) => ({
        id: newId(), agendaId: id, actionId: action.id, level: pick(['breed', 'middenweg', 'smal'] as const, index + t), indicator: 'Werkgevers benaderd',
        unit: 'werkgevers', baseline: 0, targetValue: 20 + t, deadline: '2026-12-31', sortOrder: start + index * 2 + t,
      })))).execute();
      const extra = chunk.filter((_, index) => index % 3 === 0).map((action) => ({ actionId: action.id, typeId: (action.primaryTypeId % 12) + 1 }));
      if (extra.length > 0) await trx.insertInto('actionExtraTypes').values(extra).execute();
      await trx.insertInto('actionKnelpunten').values(chunk.filter((_, index) => index % 5 === 0).map((action, index) => ({ actionId: action.id, knelpuntId: knelpunten[index % 6]!.id }))).execute();
    }
    await trx.insertInto('jobGoals').values([{ agendaId: id, year: 2025, jobs: 29.02 }, { agendaId: id, year: 2026, jobs: 56.3 }]).execute();
    await trx.insertInto('signatories').values(Array.from({ length: 3 }, (_, index) => ({
      id: newId(), agendaId: id, name: `Bestuurder ${index + 1}`, function: 'Directeur', organisation: 'Defensie', required: 1 as const, sortOrder: index,
    }))).execute();
  });
  return id;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(action: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'werkagenda-bench-'));
  const database = await openDatabase(join(dir, 'bench.sqlite'));
  const started = performance.now();
  let rssBefore = 0;
  const results: { actions: number; exportMs: number; baselineMs: number; kb: number; xmlKb: number; peakMb: number }[] = [];
  try {
    const reference = await getReference(database.db);
    rssBefore = process.resourceUsage().maxRSS / 1024;
    for (const count of sizes) {
      const agenda = await loadAgenda(database.db, await generate(database.db, count));
      const options = { draft: true, generatedOn: '2026-02-04' };
      const docx = await exportAgendaDocx(agenda, reference, options); // warm-up
      const exportTimes: number[] = [];
      for (let run = 0; run < runs; run++) exportTimes.push(await time(() => exportAgendaDocx(agenda, reference, options)));

      const parts = unzipSync(new Uint8Array(docx));
      zipSync(parts); // warm-up
      const baselineTimes: number[] = [];
      for (let run = 0; run < runs; run++) baselineTimes.push(await time(() => zipSync(parts)));
      const xmlBytes = Object.values(parts).reduce((sum, part) => sum + part.length, 0);
      results.push({ actions: count, exportMs: median(exportTimes), baselineMs: median(baselineTimes), kb: Math.round(docx.length / 1024), xmlKb: Math.round(xmlBytes / 1024), peakMb: process.resourceUsage().maxRSS / 1024 });
    }
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const pad = (value: string | number, width: number) => String(value).padStart(width);
  console.log('Word export (median of 5 runs after a warm-up; baseline: re-zipping the same parts with fflate)\n');
  console.log(`${pad('actions', 8)} | ${pad('export ms', 10)} | ${pad('baseline ms', 11)} | ${pad('ratio', 6)} | ${pad('.docx KB', 9)} | ${pad('XML KB', 7)} | ${pad('peak RSS MB', 12)}`);
  console.log(`${'-'.repeat(8)}-+-${'-'.repeat(10)}-+-${'-'.repeat(11)}-+-${'-'.repeat(6)}-+-${'-'.repeat(9)}-+-${'-'.repeat(7)}-+-${'-'.repeat(12)}`);
  for (const row of results) {
    console.log(`${pad(row.actions, 8)} | ${pad(row.exportMs.toFixed(1), 10)} | ${pad(row.baselineMs.toFixed(1), 11)} | ${pad((row.exportMs / row.baselineMs).toFixed(1), 6)} | ${pad(row.kb, 9)} | ${pad(row.xmlKb, 7)} | ${pad(row.peakMb.toFixed(0), 12)}`);
  }
  console.log(`\nPeak RSS of the process (cumulative, after each size); with the database open, before generating, it was ${rssBefore.toFixed(0)} MB.`);
  const at300 = results.find((row) => row.actions === 300);
  if (at300) {
    const verdict = at300.exportMs < goalMs ? 'meets' : 'MISSES';
    console.log(`300 actions: ${at300.exportMs.toFixed(0)} ms, ${verdict} the goal of ${goalMs} ms.`);
  }
  await benchOverleg();
  await benchReport();
  await benchWordImport();
  console.log(`Total time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The dossierhoudersoverleg: 12 agendas (one per sector) of 100 actions each; goal: the comparison under 100 ms. */
async function benchOverleg(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'werkagenda-bench-overleg-'));
  const database = await openDatabase(join(dir, 'overleg.sqlite'));
  try {
    const reference = await getReference(database.db);
    // Each agenda frozen and signed by its three signatories, so loading checks hashes and signatures as in a real overleg.
    for (const sector of reference.sectors) {
      const id = await generate(database.db, 100, sector.id);
      await freezeRevision(database.db, id, 'Bench');
      const signatories = await database.db.selectFrom('signatories').select(['id', 'name']).where('agendaId', '=', id).execute();
      for (const person of signatories) await signRevision(database.db, { agendaId: id, revisionNumber: 1, signatoryId: person.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    }
    const period = { startYear: 2025, endYear: 2026 };
    const compare = (agendas: Awaited<ReturnType<typeof loadOverleg>>['agendas']) => {
      typeMatrix(agendas, reference.actionTypes);
      for (const agenda of agendas) cycleChecks(agenda, reference.actionTypes);
      jobsPerSector(agendas);
      sharedKnelpunten(agendas, reference.catalogue);
    };
    const data = await loadOverleg(database.db, period); // warm-up
    compare(data.agendas);
    const loadTimes: number[] = [];
    const compareTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      let loaded = data;
      loadTimes.push(await time(async () => { loaded = await loadOverleg(database.db, period); }));
      compareTimes.push(await time(() => compare(loaded.agendas)));
    }
    const load = median(loadTimes);
    const comparison = median(compareTimes);
    console.log(`\nOverleg: ${data.agendas.length} agendas of 100 actions, each frozen and signed 3 times (median of ${runs} runs after a warm-up)`);
    if (data.agendas.some((agenda) => agenda.signoff.state !== 'vastgesteld')) throw new Error('bench: every agenda should be vastgesteld');
    console.log(`  loading from the database (revisions checked): ${load.toFixed(1)} ms`);
    console.log(`  comparison (matrix, cycle checks, jobs, shared knelpunten): ${comparison.toFixed(1)} ms`);
    const total = load + comparison;
    console.log(`  together: ${total.toFixed(0)} ms, ${total < 100 ? 'meets' : 'MISSES'} the goal of 100 ms.`);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The voortgangsrapportage of a 300-action agenda with two years of measurements (300 targets, measured monthly),
 * statuses, notes, milestones, evaluations and jobs; goal: building and exporting it to Word under 1 second.
 * The data is entered through the core's own services with input parsed by the API contract, as the handlers do;
 * the measured call goes through dispatch, the path both shells use.
 */
async function benchReport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'werkagenda-bench-report-'));
  const database = await openDatabase(join(dir, 'report.sqlite'));
  const db = database.db;
  const input = <C extends Channel>(channel: C, value: ApiInput<C>) => api[channel].input.parse(value) as z.output<Api[C]['input']>;
  // Two whole calendar years before this one, so every measurement lies in the past, as the contract demands.
  const endYear = new Date().getFullYear() - 1;
  const startYear = endYear - 1;
  const monthEnd = (index: number) => {
    const year = startYear + Math.floor(index / 12);
    const month = (index % 12) + 1;
    return `${year}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  const actionCount = 300;
  const runsReport = 20;
  try {
    const generateStarted = performance.now();
    const { id: agendaId } = await createAgenda(db, input('agenda.create', { sectorId: defensieId, startYear, endYear, title: `Werkagenda Defensie ${startYear}-${endYear} (rapportage)` }));
    await setJobGoal(db, input('jobGoal.set', { agendaId, year: startYear, jobs: 56.3 }));
    await setJobGoal(db, input('jobGoal.set', { agendaId, year: endYear, jobs: 68 }));
    for (let index = 0; index < actionCount; index++) {
      await createAction(db, input('action.create', {
        agendaId, title: `Actie ${index + 1}: samen met werkgevers meer banen voor de doelgroep`, primaryTypeId: (index % 12) + 1,
        startMonth: `${startYear}-${String((index % 12) + 1).padStart(2, '0')}`, endMonth: `${endYear}-${String((index % 12) + 1).padStart(2, '0')}`,
        jobsPrognosis: index % 4 === 0 ? null : (index % 7) + 0.5,
      }));
    }
    const actionRows = await db.selectFrom('actions').select('id').where('agendaId', '=', agendaId).orderBy('sortOrder').execute();
    const statuses = ['gepland', 'lopend', 'afgerond', 'gestopt'] as const;
    for (const [index, { id }] of actionRows.entries()) {
      await createTarget(db, input('target.create', {
        agendaId, actionId: id, level: pick(['breed', 'middenweg', 'smal'] as const, index), indicator: `Werkgevers benaderd (${index + 1})`, unit: 'werkgevers',
        baseline: 0, targetValue: 24, deadline: `${endYear}-12-31`, perYear: index % 10 === 0,
      }));
      await createMilestone(db, input('milestone.create', { actionId: id, title: 'Eerste bijeenkomst', month: `${startYear}-06` }));
      await setActionStatus(db, id, pick(statuses, index));
      for (const date of [`${startYear}-06-30`, `${endYear}-06-30`]) {
        await createProgressNote(db, input('progressNote.create', { actionId: id, author: 'Programmaleider', date, text: sentence }));
      }
      if (index % 3 === 0) await updateEvaluation(db, id, input('evaluation.update', { actionId: id, patch: { result: 'deels', why: sentence, lesson: sentence } }).patch);
    }
    const milestoneRows = await db.selectFrom('milestones').innerJoin('actions', 'actions.id', 'milestones.actionId').select('milestones.id')
      .where('actions.agendaId', '=', agendaId).execute();
    for (const { id } of milestoneRows.filter((_, index) => index % 2 === 0)) await setMilestoneDone(db, id, true);
    const targetRows = await db.selectFrom('targets').select('id').where('agendaId', '=', agendaId).orderBy('sortOrder').execute();
    for (const [index, { id }] of targetRows.entries()) {
      for (let month = 0; month < 24; month++) {
        await createMeasurement(db, input('measurement.create', { targetId: id, date: monthEnd(month), value: month * (0.6 + (index % 5) * 0.2), source: 'Registratie' }));
      }
    }
    await createFoundKnelpunt(db, input('foundKnelpunt.create', { agendaId, title: 'Begeleiding ontbreekt', cause: sentence, actionIds: actionRows.slice(0, 5).map((row) => row.id) }));
    await setQuotumPercentage(db, input('quotum.set', { year: endYear, percentage: 2.76, source: 'Bench' }));
    for (let index = 0; index < 3; index++) await createEmployer(db, input('employer.create', { agendaId, name: `Werkgever ${index + 1}` }));
    const employers = await db.selectFrom('employers').select('id').where('agendaId', '=', agendaId).execute();
    for (const [index, { id }] of employers.entries()) {
      await setEmployerHours(db, input('employerHours.set', { employerId: id, year: endYear, hours: { kind: 'uren', hoursPerYear: index === 2 ? 30_000 : 1_000_000 } }));
    }
    for (let month = 0; month < 24; month++) {
      await createRealisedJobs(db, input('realisedJobs.create', { agendaId, employerId: null, referenceDate: monthEnd(month), jobs: 20 + month, kind: 'regulier' }));
    }
    const generateMs = performance.now() - generateStarted;

    const handlers = createHandlers(db);
    const request = { agendaId, peildatum: `${endYear}-12-31` };
    const exported = await dispatch(handlers, 'report.exportDocx', request); // warm-up
    if (!exported.ok) throw new Error(`bench: report.exportDocx failed: ${exported.error.message}`);
    const shown = await dispatch(handlers, 'report.get', request);
    if (!shown.ok) throw new Error(`bench: report.get failed: ${shown.error.message}`);
    const report = shown.value as ProgressReport;
    const measurements = report.targets.reduce((sum, target) => sum + target.measurements.length, 0);
    const screenTimes: number[] = [];
    const exportTimes: number[] = [];
    for (let run = 0; run < runsReport; run++) {
      screenTimes.push(await time(() => dispatch(handlers, 'report.get', request)));
      exportTimes.push(await time(() => dispatch(handlers, 'report.exportDocx', request)));
    }
    const kb = Math.round(Buffer.from((exported.value as { base64: string }).base64, 'base64').length / 1024);
    const line = (what: string, times: number[]) =>
      `  ${what}: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`;
    console.log(`\nVoortgangsrapportage: ${report.actions.length} actions, ${report.targets.length} targets, ${measurements} measurements (${runsReport} runs after a warm-up; data entered in ${(generateMs / 1000).toFixed(1)} s)`);
    console.log(line('report on screen (report.get)', screenTimes));
    console.log(line('built and exported to Word (report.exportDocx)', exportTimes) + `, ${kb} KB`);
    const p95 = percentile(exportTimes, 95);
    console.log(`  export p95 ${p95.toFixed(0)} ms: goal of ${goalMs} ms ${p95 < goalMs ? 'met' : 'MISSED'}.`);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The p-th percentile (nearest rank). */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

await main();
