import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { startWebServer, type WebServer } from '../../electron/web';

/**
 * One web-mode app per test file: a temporary database, the built renderer
 * served on 127.0.0.1, and Debian's Chromium driven by playwright-core.
 */
export interface App {
  url: string;
  core: Core;
  dataFile: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

const rendererDir = resolve(import.meta.dirname, '..', '..', 'out', 'renderer');
export const screenshotDir = resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

export async function startApp(options: { dataFile?: string } = {}): Promise<App> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` first (npm test does).');
  const dir = mkdtempSync(join(tmpdir(), 'werkagenda-e2e-'));
  const dataFile = options.dataFile ?? join(dir, 'data.sqlite');
  const core = await startCore(dataFile);
  const server: WebServer = await startWebServer({ core, rendererDir, port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await page.goto(server.url);
  return {
    url: server.url, core, dataFile, browser, context, page,
    close: async () => {
      await browser.close();
      await server.close();
      await core.close();
      rmSync(dir, { recursive: true, force: true });
      expect(problems, 'errors in the browser console').toEqual([]);
    },
  };
}

/** axe-core on the page as it is now: no serious or critical violation may remain. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(bad, `axe violations on ${screen}`).toEqual([]);
}

/** Writes a full-page screenshot to test-output/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
