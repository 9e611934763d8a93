import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, defensieId, edit } from '../support/core';
import { expectAccessible, screenshot, startApp, waitSaved, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const logRows = (page: Page) => page.getByRole('table', { name: 'Logboek' }).locator('tbody tr');
/** Each row as "when | who | what". */
const rowTexts = (page: Page) => logRows(page).evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent?.trim()).join(' | ')));
/** Types like a person, with pauses long enough for autosave to send each part. */
async function typeInBursts(field: Locator, parts: string[]): Promise<void> {
  await field.click();
  for (const part of parts) {
    await field.pressSequentially(part, { delay: 10 });
    await field.page().waitForTimeout(900);
  }
  await field.blur();
}

describe('the Logboek on Ondertekening', () => {
  it('shows a plan edit as one line with what it was and what it became, and filters by kind, person and words', async () => {
    const { page, core } = app;
    await call(core, 'settings.update', { userName: 'A. Jansen' });
    let agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Meet and greets per krijgsmachtdeel', primaryTypeId: 8 });
    await call(core, 'action.setStatus', { id: agenda.actions[0]!.id, status: 'lopend' });

    await page.goto(`${app.url}#/agenda/${agenda.id}`);
    const introduction = page.getByLabel('Inleiding en context', { exact: true });
    await typeInBursts(introduction, ['Defensie wil ', '68 banen ', 'realiseren.']);
    await waitSaved(page);

    await page.goto(`${app.url}#/agenda/${agenda.id}/ondertekening`);
    await page.getByRole('heading', { level: 2, name: 'Logboek' }).waitFor();
    const rows = await rowTexts(page);
    // Three autosaves of one field: one line, newest first, by the person named in Beheer.
    expect(rows[0]).toMatch(/^\d{1,2} \w+ 2\d{3}, \d{2}:\d{2} \| A\. Jansen \| Plan gewijzigd: Inleiding en context: was leeg, nu “Defensie wil 68 banen realiseren\.”\.$/);
    expect(rows.filter((row) => row.includes('Inleiding en context'))).toHaveLength(1);
    expect(rows.some((row) => row.includes('Uitvoering bijgewerkt: Actie “Meet and greets per krijgsmachtdeel”, status: was “Gepland”, nu “Lopend”.'))).toBe(true);
    expect(rows.at(-1)).toContain('Aangemaakt: Werkagenda “Werkagenda Defensie 2025-2026” aangemaakt.');
    await expectAccessible(page, 'logboek');
    await screenshot(page, 'logboek');

    // Filter: only the plan, then words in it; the count says how many are left.
    const status = page.getByRole('search', { name: 'Logboek doorzoeken' }).locator('xpath=following-sibling::p[@role="status"][1]');
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Uitvoering en evaluatie' });
    expect(await rowTexts(page)).toEqual([expect.stringContaining('status: was “Gepland”, nu “Lopend”')]);
    expect(await status.textContent()).toBe('1 van 4 regels voldoen aan uw keuze.');
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Het plan' });
    await page.getByLabel('Zoeken', { exact: true }).fill('68 banen');
    expect(await rowTexts(page)).toEqual([expect.stringContaining('Inleiding en context')]);
    await page.getByLabel('Zoeken', { exact: true }).fill('bestaat nergens');
    expect(await logRows(page).count()).toBe(0);
    expect(await status.textContent()).toBe('0 van 4 regels – geen enkele voldoet aan uw keuze.');
    await screenshot(page, 'logboek-gefilterd', { fullPage: false });
    await page.getByRole('button', { name: 'Alles weer tonen' }).click();
    expect(await logRows(page).count()).toBe(4);
    expect(await page.getByLabel('Wie', { exact: true }).locator('option').allTextContents()).toEqual(['Iedereen', 'A. Jansen']);
  });
});
