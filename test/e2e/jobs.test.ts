import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/core';
import { expectAccessible, screenshot, startApp, type App } from './harness';

const universiteitenId = '16f54182-9e07-4d04-890e-560ed484f3fd';
let app: App;
let agendaId: string;

beforeAll(async () => {
  app = await startApp();
  const agenda = await call(app.core, 'agenda.create', { sectorId: universiteitenId, startYear: 2019, endYear: 2020, title: 'Werkagenda universiteiten 2019-2020' });
  agendaId = agenda.id;
});
afterAll(async () => {
  await app?.close();
});

describe('Banen en quotum in the browser', () => {
  it('records a percentage, an employer with hours and realised jobs, and shows seed 003’s table: 64%, 20,1 behind', async () => {
    const { page } = app;
    await page.evaluate((id) => { window.location.hash = `#/agenda/${id}/banen`; }, agendaId);
    await page.getByRole('heading', { level: 1, name: 'Banen en quotum: Werkagenda universiteiten 2019-2020' }).waitFor();
    await page.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Banen en quotum' }).waitFor();
    // Prefilled percentages with their source.
    await page.getByRole('heading', { name: '2024: 2,76%' }).waitFor();
    await expect.poll(() => page.getByText('Geen quotumpercentage voor 2019 ingevuld.').count()).toBe(1);
    await expectAccessible(page, 'banen leeg');

    // The "no percentage" link leads to the add form with the year filled in.
    await page.getByRole('link', { name: 'Percentage voor 2019 invullen' }).click();
    await expect.poll(() => page.getByLabel('Jaar', { exact: true }).inputValue()).toBe('2019');
    await page.getByLabel('Quotumpercentage', { exact: true }).fill('150');
    await page.getByRole('button', { name: 'Percentage opslaan' }).click();
    await page.getByText('Het quotumpercentage mag hoogstens 100 zijn.').waitFor();
    await page.getByLabel('Quotumpercentage', { exact: true }).fill('2');
    await page.getByLabel('Bron', { exact: true }).fill('Eigen invoer');
    await page.getByRole('button', { name: 'Percentage opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Quotumpercentage 2019 opgeslagen.' }).waitFor();
    await page.getByRole('heading', { name: '2019: 2%' }).waitFor();

    // A second percentage for a year that has one asks first; cancelling leaves nothing behind and goes to the existing one.
    const addYear = async (percentage: string, source: string) => {
      await page.getByLabel('Jaar', { exact: true }).fill('2024');
      await page.getByLabel('Quotumpercentage', { exact: true }).fill(percentage);
      await page.getByLabel('Bron', { exact: true }).fill(source);
      await page.getByRole('button', { name: 'Percentage opslaan' }).click();
      return page.getByRole('dialog', { name: 'Het percentage voor 2024 vervangen?' });
    };
    let replace = await addYear('2,8', 'Poging');
    await replace.getByText('Voor 2024 staat al 2,76% (bron: Vastgesteld door SZW (oktober 2023)). Vervangen door 2,8% (bron: Poging)?', { exact: false }).waitFor();
    await expectAccessible(page, 'quotum vervangen?');
    await replace.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('veld-quotum-2024');
    expect([await page.getByLabel('Jaar', { exact: true }).inputValue(), await page.getByLabel('Bron', { exact: true }).inputValue()]).toEqual(['', '']);
    expect((await call(app.core, 'jobs.get', { agendaId })).quotumPercentages.find((entry) => entry.year === 2024)?.percentage).toBe(2.76);
    replace = await addYear('2,76%', 'UWV');
    await replace.getByRole('button', { name: 'Vervangen' }).click();
    await page.getByRole('status').filter({ hasText: 'Quotumpercentage 2024 opgeslagen.' }).waitFor();
    expect((await call(app.core, 'jobs.get', { agendaId })).quotumPercentages.find((entry) => entry.year === 2024)).toEqual({ year: 2024, percentage: 2.76, source: 'UWV' });

    await page.getByLabel('Naam van de werkgever').fill('Universiteit A');
    await page.getByRole('button', { name: 'Werkgever toevoegen' }).click();
    const employer = page.getByRole('article', { name: 'Universiteit A' });
    await employer.waitFor();
    await employer.getByLabel('Verloonde uren in 2019').fill('-5');
    await employer.getByRole('button', { name: /Uren opslaan.*2019/ }).click();
    await employer.getByText('Het aantal verloonde uren mag niet negatief zijn.').waitFor();
    await employer.getByLabel('Verloonde uren in 2019').fill('3.746.765');
    await employer.getByRole('button', { name: /Uren opslaan.*2019/ }).click();
    await employer.getByText('3.746.765 uur per jaar. Nodig bij 2%: 56,3 banen.').waitFor();
    await employer.getByLabel('Fte in 2020', { exact: true }).fill('300');
    await employer.getByLabel('Uren per week per fte in 2020').fill('38');
    await employer.getByRole('button', { name: /Uren opslaan.*2020/ }).click();
    await employer.getByText('595.035 uur per jaar. Geen quotumpercentage voor 2020 ingevuld.').waitFor();

    const add = async (date: string, jobs: string, kind?: string) => {
      await page.getByLabel('Peildatum', { exact: true }).fill(date);
      await page.getByLabel('Aantal banen', { exact: true }).fill(jobs);
      if (kind) await page.getByLabel(kind).check();
      await page.getByRole('button', { name: 'Aantal opslaan' }).click();
    };
    await add('1-1-2021', '3');
    await page.getByText('De peildatum moet in de looptijd 2019-2020 liggen.').first().waitFor();
    await add('1-7-2019', '29,02');
    await page.getByRole('status').filter({ hasText: '29,02 banen op 1 juli 2019 opgeslagen.' }).waitFor();
    await add('31 december 2019', '36,2');
    await page.getByRole('status').filter({ hasText: '36,2 banen op 31 december 2019 opgeslagen.' }).waitFor();
    await page.getByLabel('Werkgever', { exact: true }).selectOption({ label: 'Universiteit A' });
    await add('31-12-2019', '4,5', 'Via inkoop en SROI');
    await page.getByRole('status').filter({ hasText: '4,5 banen op 31 december 2019 opgeslagen.' }).waitFor();

    const table = page.getByRole('table', { name: 'Gerealiseerde banen tegenover het doel per peildatum' });
    const row = table.getByRole('row', { name: /31 december 2019/ });
    await expect.poll(async () => (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim())).toEqual(['36,2', '56,3 (quotumverplichting voor eind 2019)', '64%', '20,1', '4,5']);
    const july = table.getByRole('row', { name: /1 juli 2019/ });
    expect((await july.getByRole('cell').allInnerTexts()).map((text) => text.trim())).toEqual(['29,02', '56,3 (quotumverplichting voor eind 2019; de peildatum ligt vóór het einde van het jaar)', '52%', '27,3', '–\nonbekend']);
    const chart = page.getByRole('img', { name: /Grafiek van gerealiseerde banen/ });
    expect(await chart.getAttribute('aria-label')).toContain('36,2 banen gerealiseerd op 31 december 2019, tegenover 56,3 (quotumverplichting voor eind 2019): 64%, achterstand 20,1 banen.');

    await expectAccessible(page, 'banen en quotum');
    await screenshot(page, 'banen-en-quotum');

    const stored = await call(app.core, 'jobs.get', { agendaId });
    expect(stored.realised.map((entry) => [entry.referenceDate, entry.jobs, entry.kind])).toEqual([
      ['2019-07-01', 29.02, 'regulier'], ['2019-12-31', 36.2, 'regulier'], ['2019-12-31', 4.5, 'inkoop_sroi'],
    ]);
  });
});
