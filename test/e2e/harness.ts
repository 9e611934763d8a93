import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { startWebServer, type WebServer } from '../../electron/web';

/**
 * One web-mode app per test file: a temporary database, the built renderer
 * served on 127.0.0.1, and Debian's Chromium driven by playwright-core.
 */
export interface App {
  url: string;
  /** The address web mode prints at start: it hands the browser the token as a cookie. */
  address: string;
  core: Core;
  dataFile: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

const rendererDir = resolve(import.meta.dirname, '..', '..', 'out', 'renderer');
export const screenshotDir = resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

/** `expectedConsoleErrors`: what a test provokes on purpose (a lost connection), left out of the console check. */
export async function startApp(options: { dataFile?: string; expectedConsoleErrors?: RegExp } = {}): Promise<App> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` first (npm test does).');
  const dir = mkdtempSync(join(tmpdir(), 'werkagenda-e2e-'));
  const dataFile = options.dataFile ?? join(dir, 'data.sqlite');
  // Serve a snapshot of the built renderer, so a rebuild of out/renderer during the run
  // (another engineer running electron-vite build) cannot swap the assets under the page.
  const rendererCopy = join(dir, 'renderer');
  cpSync(rendererDir, rendererCopy, { recursive: true });
  const core = await startCore(dataFile);
  const server: WebServer = await startWebServer({ core, rendererDir: rendererCopy, port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  // The printed address: it sets the token cookie and sends the browser on to the app.
  await page.goto(server.address);
  return {
    url: server.url, address: server.address, core, dataFile, browser, context, page,
    close: async () => {
      // Each step runs even when an earlier one fails, so no Chromium, port or database is left behind.
      const results = await Promise.allSettled([browser.close()]);
      results.push(...await Promise.allSettled([server.close()]));
      results.push(...await Promise.allSettled([core.close()]));
      rmSync(dir, { recursive: true, force: true });
      expect(problems.filter((problem) => !options.expectedConsoleErrors?.test(problem)), 'errors in the browser console').toEqual([]);
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}

/** axe-core on the page as it is now: no serious or critical violation may remain. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const started = Date.now();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  timing(`axe ${screen}`, started);
  expect(bad, `axe violations on ${screen}`).toEqual([]);
}

/** With E2E_TIMING=1, logs how long the slow helpers (axe, screenshots) take. */
function timing(what: string, started: number): void {
  if (process.env.E2E_TIMING) console.log(`${what}: ${Date.now() - started} ms`);
}

/** Writes a full-page screenshot to test-output/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const started = Date.now();
  mkdirSync(screenshotDir, { recursive: true });
  const fullPage = options.fullPage ?? true;
  // Sticky parts (header, section navigation, completeness panel) are drawn where the page is
  // scrolled to, so a full-page shot starts from the top; the scroll position is put back after.
  const scrolled = fullPage ? await page.evaluate(() => { const at = [window.scrollX, window.scrollY]; window.scrollTo(0, 0); return at; }) : null;
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });
  if (scrolled) await page.evaluate(([x, y]) => window.scrollTo(x!, y!), scrolled);
  timing(`screenshot ${name}`, started);
}

/** Waits until the editor's save status reads "Alle wijzigingen opgeslagen" (nothing queued, no error). */
export async function waitSaved(page: Page, timeout = 10_000): Promise<void> {
  const status = page.locator('.wa-save-status');
  await expect.poll(() => status.textContent(), { timeout, message: 'save status' }).toBe('Alle wijzigingen opgeslagen');
}

/** Waits until the element has the keyboard focus (document.activeElement). */
export async function expectFocused(locator: Locator, timeout = 5_000): Promise<void> {
  await expect.poll(() => locator.evaluate((element) => element === document.activeElement).catch(() => false), { timeout, message: `focus on ${String(locator)}` })
    .toBe(true);
}

/** The agenda as the core has stored it (throws when it cannot be read, e.g. deleted). */
/** A channel called on the app's core directly, to set up data; a refusal fails the test with its Dutch message. */
export async function invoke<T>(app: App, channel: string, input: unknown): Promise<T> {
  const result = await app.core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

export async function storedAgenda(app: App, id: string): Promise<AgendaDetail> {
  const result = await app.core.invoke('agenda.get', { id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as AgendaDetail;
}

/** Whether the focused element shows a visible focus indicator (outline or box-shadow). */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
  });
}
