import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { defensieId } from '../support/core';
import { invoke, startApp, type App } from './harness';

// Starting the app: the start screen's two calls go out once each, while the app's code is
// still loading; its scripts carry no zod (the new-agenda form fetches it when entered); and
// the list handed to the first render is never shown again after a later change.

let app: App;
beforeAll(async () => {
  app = await startApp();
  await invoke<AgendaDetail>(app, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
});
afterAll(async () => { await app?.close(); });

/** Every API call and every script the page fetches from now on, with the script's text. */
function record(page: Page) {
  const calls: string[] = [];
  const scripts: Promise<{ url: string; text: string }>[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/')) calls.push(path.slice('/api/'.length));
  });
  page.on('response', (response: Response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().then((text) => ({ url: response.url(), text })));
  });
  return { calls, scripts: () => Promise.all(scripts) };
}

/** A new browser context with the start screen opened, recording from before the first request. */
async function openFresh() {
  const context = await app.browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const seen = record(page);
  await page.goto(app.address);
  return { context, page, seen };
}

const carriesZod = (text: string) => text.includes('ZodObject');

describe('starting the app', () => {
  it('asks for the reference data and the list once each, loads no zod, and fetches it when the new-agenda form is entered', async () => {
    const { context, page, seen } = await openFresh();
    await page.getByRole('link', { name: 'Werkagenda Defensie 2025-2026' }).waitFor();
    await page.waitForLoadState('networkidle');

    expect(seen.calls.sort()).toEqual(['agenda.list', 'reference.get']);
    const atStart = await seen.scripts();
    expect(atStart.length).toBeGreaterThan(1);
    expect(atStart.filter((script) => carriesZod(script.text)).map((script) => script.url)).toEqual([]);

    const form = page.getByRole('region', { name: 'Nieuwe werkagenda', exact: true });
    await form.getByLabel('Sector').focus();
    await expect.poll(async () => (await seen.scripts()).some((script) => carriesZod(script.text))).toBe(true);
    await form.getByRole('button', { name: 'Werkagenda aanmaken' }).click();
    await expect.poll(() => form.getByText('Kies een sector.').count()).toBe(1);
    await context.close();
  });

  it('says so when the form\'s check cannot be fetched, sends nothing, and checks and creates on the next try', async () => {
    const { context, page, seen } = await openFresh();
    await page.getByRole('link', { name: 'Werkagenda Defensie 2025-2026' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The start screen has all it needs; from here on no script can be fetched.
    await page.route('**/assets/*.js', (route) => route.abort());
    const form = page.getByRole('region', { name: 'Nieuwe werkagenda', exact: true });
    // A form that would pass the check: without the check, nothing may be sent all the same.
    await form.getByLabel('Sector').selectOption({ label: 'Defensie' });
    await form.getByLabel('Beginjaar').fill('2029');
    await expect.poll(() => form.getByLabel('Titel').inputValue()).toBe('Werkagenda Defensie 2029-2030');
    await form.getByRole('button', { name: 'Werkagenda aanmaken' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('een onderdeel van de toepassing niet kon worden geladen');
    expect(seen.calls).not.toContain('agenda.create');

    await page.unroute('**/assets/*.js');
    await form.getByRole('button', { name: 'Werkagenda aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkagenda Defensie 2029-2030' }).waitFor();
    expect(seen.calls.filter((call) => call === 'agenda.create')).toHaveLength(1);
    await context.close();
  });

  it('shows the list as it is now when the user comes back to the start screen, not the one loaded at start', async () => {
    const { context, page, seen } = await openFresh();
    await page.getByRole('link', { name: 'Werkagenda Defensie 2025-2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkagenda Defensie 2025-2026' }).waitFor();

    await invoke<AgendaDetail>(app, 'agenda.create', { sectorId: defensieId, startYear: 2027, endYear: 2028, title: 'Later toegevoegd' });
    await page.getByRole('link', { name: 'Werkagenda’s', exact: true }).click();
    await page.getByRole('link', { name: 'Later toegevoegd' }).waitFor();
    expect(seen.calls.filter((call) => call === 'agenda.list')).toHaveLength(2);
    await context.close();
  });
});
