import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, defensieId } from '../support/core';
import { expectAccessible, screenshot, startApp, storedAgenda, waitSaved, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED/ });
});
afterAll(async () => {
  await app?.close();
});

describe('typed text survives a lost connection', () => {
  it('keeps the text in the field, warns before leaving, and saves it by itself once the connection is back', async () => {
    const { page, context, core } = app;
    const agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    await page.goto(`${app.url}#/agenda/${agenda.id}`);
    const field = page.getByLabel('Inleiding en context', { exact: true });
    await field.waitFor();

    await context.setOffline(true);
    await field.fill('Tekst die niet verloren mag gaan.');
    await field.blur();
    await page.getByText('De verbinding met de toepassing is verbroken. Uw wijziging is niet opgeslagen.').first().waitFor();
    expect(await field.inputValue()).toBe('Tekst die niet verloren mag gaan.');
    await expectAccessible(page, 'niet opgeslagen');
    await screenshot(page, 'tekst-niet-opgeslagen', { fullPage: false });

    // Leaving the page now asks first (beforeunload); the person stays.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.type();
      void dialog.dismiss();
    });
    await page.goto('about:blank').catch(() => undefined);
    expect(asked).toBe('beforeunload');
    expect(await field.inputValue()).toBe('Tekst die niet verloren mag gaan.');

    await context.setOffline(false);
    await waitSaved(page, 20_000);
    expect((await storedAgenda(app, agenda.id)).introduction).toBe('Tekst die niet verloren mag gaan.');
    // Saved: leaving no longer asks.
    let askedAgain = false;
    page.once('dialog', (dialog) => {
      askedAgain = true;
      void dialog.accept();
    });
    await page.goto('about:blank');
    expect(askedAgain).toBe(false);
  });
});
