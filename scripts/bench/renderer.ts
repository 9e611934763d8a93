/**
 * The renderer's part of `npm run bench` (issue 13, item 3), in Chromium against web mode:
 * - keystroke to next frame while typing in an action of a 300-action agenda, across autosaves,
 *   against a bare textarea page served the same way in the same run (goal: p95 within 1.3×);
 * - ActionCard renders per autosave (goal: the one card that changed), counted by a bench-only
 *   build (VITE_BENCH=1, renderer/src/plan/actions/renderCount.ts; the app's own build has no counter);
 * - what the start screen downloads, compressed, in a fresh browser (goal: < 350 KB).
 * Runnable alone: npx tsx scripts/bench/renderer.ts [--quick]
 */
import type { Section } from './context';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { z } from 'zod';
import { startCore, type Core } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import type { Db } from '../../electron/core/services/common';
import { createAction, createMilestone } from '../../electron/core/services/plan/actions';
import { createAgenda, updateAgenda } from '../../electron/core/services/plan/agendas';
import { setJobGoal } from '../../electron/core/services/plan/goals';
import { createKnelpunt } from '../../electron/core/services/plan/knelpunten';
import { createSignatory } from '../../electron/core/services/plan/signatories';
import { createTarget } from '../../electron/core/services/plan/targets';
import { startWebServer } from '../../electron/web';
import { api, type Api, type ApiInput, type Channel } from '../../shared/api';
import { formatStats, judge, stats } from './report';

const root = resolve(import.meta.dirname, '..', '..');
const defensieId = 'ea41e91d-3a13-4e81-a8f5-212e1df57fac';
const sentence = 'Werkgevers in de sector melden hun vacatures voor de doelgroep bij het regionale werkgeversservicepunt. ';
const input = <C extends Channel>(channel: C, value: ApiInput<C>) => api[channel].input.parse(value) as z.output<Api[C]['input']>;

/** Builds the renderer into `outDir`; `counting`: the bench build that counts renders. */
function buildRenderer(outDir: string, counting: boolean): void {
  const env = { ...process.env, WERKAGENDA_RENDERER_OUT: outDir, ...(counting ? { VITE_BENCH: '1' } : {}) };
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
}

/** A filled agenda of `count` actions, written through the core's own services; returns its id and the id of the middle action. */
async function generate(db: Db, count: number): Promise<{ agendaId: string; actionId: string }> {
  const { id: agendaId } = await createAgenda(db, input('agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: `Werkagenda Defensie 2025-2026 (${count} acties)` }));
  await updateAgenda(db, agendaId, input('agenda.update', { id: agendaId, patch: { introduction: sentence.repeat(6), lookback: sentence.repeat(4), objectives: sentence.repeat(3), accountability: sentence.repeat(3) } }).patch);
  const knelpunten: string[] = [];
  for (let index = 0; index < 6; index++) {
    knelpunten.push((await createKnelpunt(db, input('knelpunt.create', { agendaId, title: `Knelpunt ${index + 1}`, description: sentence, cause: sentence }))).id);
  }
  await setJobGoal(db, input('jobGoal.set', { agendaId, year: 2025, jobs: 56.3 }));
  await setJobGoal(db, input('jobGoal.set', { agendaId, year: 2026, jobs: 68 }));
  const actionIds: string[] = [];
  for (let index = 0; index < count; index++) {
    const { id } = await createAction(db, input('action.create', { actor: 'sector', nature: 'nieuw',
      agendaId, title: `Actie ${index + 1}: samen met werkgevers meer banen voor de doelgroep`, description: sentence.repeat(1 + (index % 4)),
      primaryTypeId: (index % 12) + 1, owner: 'Programmaleider', startMonth: '2025-03', endMonth: '2026-10', knelpuntIds: [knelpunten[index % 6]!],
    }));
    actionIds.push(id);
    await createTarget(db, input('target.create', { agendaId, actionId: id, indicator: `Werkgevers benaderd (${index + 1})`, unit: 'werkgevers', baseline: 0, targetValue: 24, deadline: '2026-12-31' }));
    await createMilestone(db, input('milestone.create', { actionId: id, title: 'Eerste bijeenkomst', month: '2025-06' }));
  }
  await createSignatory(db, input('signatory.create', { agendaId, name: 'J. de Vries', required: true }));
  return { agendaId, actionId: actionIds[Math.floor(count / 2)]! };
}

/** The bare baseline: one textarea and nothing else, served by the same web server. */
function writeBarePage(rendererDir: string): void {
  writeFileSync(join(rendererDir, 'bench-textarea.html'),
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Baseline</title></head><body><label for="t">Tekst</label><textarea id="t" rows="6" cols="80"></textarea></body></html>');
}

/** In the page: from each keydown to the frame after it (rAF, then a task once the frame is produced). */
const measureFrames = () => {
  const target = window as unknown as { __frameSamples: number[] };
  target.__frameSamples = [];
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => target.__frameSamples.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, { capture: true });
};

const word = 'werkgevers ';

const typeBurst = (page: Page, length: number) => page.keyboard.type(word.repeat(Math.ceil(length / word.length)).slice(0, length), { delay: 35 });
const samplesOf = (page: Page) => page.evaluate(() => (window as unknown as { __frameSamples: number[] }).__frameSamples);

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 900 } });
  await context.addInitScript(measureFrames);
  return context.newPage();
}

/** Sums what the page downloaded (bodies as sent, compressed where they were) until the start screen shows its list. */
async function startScreenBytes(browser: Browser, address: string): Promise<{ transferred: number; decoded: number }> {
  const page = await newPage(browser);
  await page.goto(address);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByRole('table').first().waitFor();
  await page.waitForLoadState('networkidle');
  const sizes = await page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    return { transferred: entries.reduce((sum, entry) => sum + entry.transferSize, 0), decoded: entries.reduce((sum, entry) => sum + entry.decodedBodySize, 0) };
  });
  await page.context().close();
  return sizes;
}

export async function benchRenderer(options: { quick: boolean }): Promise<void> {
  console.log('\nRenderer: typing in a 300-action agenda, renders per save, and the start screen download (Chromium, web mode)');
  const dir = mkdtempSync(join(tmpdir(), 'werkagenda-bench-renderer-'));
  const appDir = join(dir, 'app');
  const countingDir = join(dir, 'counting');
  let core: Core | undefined;
  let browser: Browser | undefined;
  const servers: { close(): Promise<void> }[] = [];
  try {
    buildRenderer(appDir, false);
    buildRenderer(countingDir, true);
    writeBarePage(countingDir);

    const dataFile = join(dir, 'data.sqlite');
    const database = await openDatabase(dataFile);
    const { agendaId, actionId } = await generate(database.db, 300);
    await database.close();
    core = await startCore(dataFile);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });

    // The app as users get it: what the start screen costs to download.
    const app = await startWebServer({ core, rendererDir: appDir, port: 0 });
    servers.push(app);
    const download = await startScreenBytes(browser, app.address);
    await app.close();
    servers.pop();

    const counting = await startWebServer({ core, rendererDir: countingDir, port: 0 });
    servers.push(counting);
    const bursts = options.quick ? 4 : 12;
    const length = options.quick ? 20 : 30;

    // The baseline in the same browser, burst for burst in turn with the app, so the load of this shared
    // machine falls on both alike: a bare textarea, the same typing, the same pauses.
    const bare = await newPage(browser);
    await bare.goto(`${counting.url}bench-textarea.html`);
    await bare.locator('#t').click();

    const page = await newPage(browser);
    await page.goto(counting.address);
    await page.goto(`${counting.url}#/agenda/${agendaId}/acties?item=${actionId}`);
    const field = page.locator(`#veld-description-${actionId}`);
    await field.waitFor();
    await field.click();
    await page.keyboard.press('End');
    const renders: number[] = [];
    const readRenders = () => page.evaluate(() => {
      const counts = (window as unknown as { __werkagendaRenders?: Record<string, number> }).__werkagendaRenders ?? {};
      const value = counts.ActionCard ?? 0;
      counts.ActionCard = 0;
      return value;
    });
    await readRenders();
    await page.evaluate(() => { (window as unknown as { __frameSamples: number[] }).__frameSamples = []; });
    for (let burst = 0; burst < bursts; burst++) {
      await bare.bringToFront();
      await typeBurst(bare, length);
      await bare.waitForTimeout(700);
      await page.bringToFront();
      await typeBurst(page, length);
      // The pause lets the autosave go out; the card renders count from the answer's merge. A plain selector, not
      // Playwright's role queries: those walk the whole page on its main thread and would be measured too.
      await page.waitForResponse((response) => response.url().endsWith('/api/action.update'), { timeout: 5_000 });
      await page.waitForFunction(() => document.querySelector('.wa-save-status--saved') !== null);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      renders.push(await readRenders());
    }
    const bareSamples = await samplesOf(bare);
    const appSamples = await samplesOf(page);
    await Promise.all([bare.context().close(), page.context().close()]);

    const appStats = stats(appSamples);
    const bareStats = stats(bareSamples);
    console.log(`  keystroke to next frame, 300 actions, across ${bursts} autosaves: ${formatStats(appStats)}`);
    console.log(`  keystroke to next frame, bare textarea:                        ${formatStats(bareStats)}`);
    judge('keystroke to next frame p95, 300-action agenda', appStats.p95, 50, 'ms', { what: 'bare textarea p95', value: bareStats.p95, maxRatio: 1.3 });
    console.log(`  ActionCard renders per autosave: ${renders.join(', ')}`);
    judge('ActionCard renders per autosave (most of any save)', Math.max(...renders), 2, 'renders');
    console.log(`  start screen: ${(download.transferred / 1024).toFixed(1)} KB transferred, ${(download.decoded / 1024).toFixed(1)} KB once decompressed`);
    judge('start screen download, compressed', download.transferred / 1024, 350, 'KB');
  } finally {
    await Promise.allSettled(servers.map((server) => server.close()));
    await browser?.close();
    await core?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { summarise } = await import('./report');
  await benchRenderer({ quick: process.argv.includes('--quick') });
  process.exitCode = summarise() > 0 ? 1 : 0;
}

const section: Section = { title: 'Renderer (Chromium, web mode)', run: (ctx) => benchRenderer({ quick: ctx.quick }) };
export default section;
