import { createServer } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import type { AgendaSummary } from '../../shared/domain/agenda';
import type { Section } from './context';
import { consultationSet, yearsSet } from './datasets';
import { formatStats, judge, stats } from './report';
import { builtRenderer, startServer } from './server';

const rowSelector = '.wa-agenda-table tbody tr';

/** Opens `address` in a fresh browser context (no cache, no cookie) and returns the ms until `rows` agenda rows are on screen. */
async function open(browser: Browser, address: string, rows: number): Promise<number> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(address, { waitUntil: 'commit' });
    await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector as string).length >= (count as number), [rowSelector, rows], { timeout: 60_000, polling: 'raf' });
    await page.locator(rowSelector).last().waitFor({ state: 'visible' });
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The baseline: one static page with the same tables, rows and classes, served from memory. */
async function staticPage(agendas: AgendaSummary[]) {
  const rows = agendas.map((agenda) => `<tr><td>${agenda.startYear}-${agenda.endYear}</td><th scope="row"><a href="#">${escape(agenda.title)}</a></th><td>${agenda.status}</td><td>${agenda.score}/12</td><td>${agenda.actionCount}</td><td>${agenda.updatedAt.slice(0, 10)}</td><td><button>Verwijderen</button></td></tr>`);
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Werkagenda's</title></head><body><main><h1>Werkagenda's</h1><table class="wa-agenda-table"><thead><tr><th>Periode</th><th>Werkagenda</th><th>Status</th><th>Score</th><th>Acties</th><th>Laatst gewijzigd</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></main></body></html>`;
  const server = createServer((_request, response) => { response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); response.end(html); });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/**
 * Start to interactive in Chromium (playwright-core) against web mode: from navigating to the
 * printed address (token, redirect, the renderer's scripts, agenda.list) until every agenda's
 * row of the start screen's tables is visible, in a fresh browser context each run.
 * Baseline: a static page with the same rows, in the same browser.
 */
const section: Section = {
  title: 'Start to interactive in Chromium',
  async run(ctx) {
    const runs = ctx.quick ? 5 : 15;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    try {
      for (const [set, goal] of [[consultationSet(ctx), 1000], [yearsSet(ctx), 1500]] as const) {
        const server = await startServer(await set.file(), builtRenderer);
        try {
          const { agendas } = await server.call<{ agendas: AgendaSummary[] }>('agenda.list');
          const samples: number[] = [];
          await open(browser, server.address, agendas.length); // warm-up: the first start after the server came up
          for (let run = 0; run < runs; run++) samples.push(await open(browser, server.address, agendas.length));
          const page = await staticPage(agendas);
          const baseline: number[] = [];
          try {
            await open(browser, page.url, agendas.length);
            for (let run = 0; run < runs; run++) baseline.push(await open(browser, page.url, agendas.length));
          } finally {
            await page.close();
          }
          const app = stats(samples);
          console.log(`  ${set.size} agendas: ${formatStats(app)}; static page: ${formatStats(stats(baseline))}`);
          judge(`start to interactive, ${set.size} agendas, p95`, app.p95, goal, 'ms', { what: 'static page p95', value: stats(baseline).p95 });
        } finally {
          await server.stop();
        }
      }
    } finally {
      await browser.close();
    }
  },
};
export default section;
