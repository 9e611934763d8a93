import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { defensieId } from '../support/core';
import { expectAccessible, screenshot, startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function coreCall<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.core.invoke(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('Reservekopie in the browser', () => {
  it('makes a backup (download), and after changes restores it with a preview first, bringing the old state back', async () => {
    const { page } = app;
    const agenda = await coreCall<AgendaDetail>('agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    const section = page.getByRole('region', { name: 'Reservekopie' });
    await section.getByRole('button', { name: 'Reservekopie maken' }).waitFor();
    await expect.poll(() => section.getByText(/elke dag bij het starten een reservekopie \(1 bewaard/).count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Reservekopie maken' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Reservekopie werkagenda \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.sqlite$/);
    await section.getByText(/^Reservekopie gemaakt: Reservekopie werkagenda/).waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'werkagenda-reservekopie-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

    // Changes after the backup: a new title and a second agenda.
    await coreCall('agenda.update', { id: agenda.id, patch: { title: 'Gewijzigde titel' } });
    await coreCall('agenda.create', { sectorId: defensieId, startYear: 2027, endYear: 2028, title: 'Later toegevoegd' });

    // A file that is no backup is refused in Dutch.
    const wrong = join(dir, 'notities.sqlite');
    writeFileSync(wrong, 'Dit is geen database.');
    const [wrongChooser] = await Promise.all([page.waitForEvent('filechooser'), section.getByRole('button', { name: 'Reservekopie kiezen' }).click()]);
    await wrongChooser.setFiles(wrong);
    await section.getByRole('alert').getByText(/geen reservekopie van Werkagenda Banenafspraak \(het is geen database\)/).waitFor();

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), section.getByRole('button', { name: 'Reservekopie kiezen' }).click()]);
    await chooser.setFiles(file);
    const preview = section.getByRole('region', { name: 'Inhoud van de reservekopie' });
    await preview.waitFor();
    const table = preview.getByRole('table', { name: "Werkagenda’s in de reservekopie" });
    expect(await table.getByRole('row').count()).toBe(2);
    await table.getByRole('cell', { name: 'Werkagenda Defensie 2025-2026' }).waitFor();
    await table.getByRole('cell', { name: 'Nog geen' }).waitFor();
    expect(await preview.locator('dd').nth(1).textContent()).toMatch(/^\d{1,2} [a-z]+ \d{4}, \d{2}:\d{2}$/);
    // Nothing changed yet.
    const before = await coreCall<{ agendas: { title: string }[] }>('agenda.list', {});
    expect(before.agendas.map((item) => item.title).sort()).toEqual(['Gewijzigde titel', 'Later toegevoegd']);
    await expectAccessible(page, 'reservekopie inhoud');
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'reservekopie-inhoud', { fullPage: false });

    await preview.getByRole('button', { name: 'Deze reservekopie terugzetten' }).click();
    const done = section.getByRole('status').filter({ hasText: 'De reservekopie is teruggezet' });
    await done.waitFor();
    expect(await done.textContent()).toMatch(/1 werkagenda\). De gegevens van vóór het terugzetten staan in de reservekopie reservekopie-.*-voor-terugzetten\.sqlite\./);
    await expectAccessible(page, 'reservekopie teruggezet');
    await page.evaluate(() => { document.getElementById('kop-reservekopie')?.scrollIntoView(); window.scrollBy(0, -60); });
    await screenshot(page, 'reservekopie-teruggezet', { fullPage: false });
    expect(readdirSync(join(app.dataFile, '..', 'reservekopieen')).some((name) => name.endsWith('-voor-terugzetten.sqlite'))).toBe(true);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Werkagenda’s" }).click();
    await page.getByRole('link', { name: 'Werkagenda Defensie 2025-2026' }).first().waitFor();
    expect(await page.getByText('Later toegevoegd').count()).toBe(0);
    expect(await page.getByText('Gewijzigde titel').count()).toBe(0);
    await screenshot(page, 'reservekopie-lijst-na-terugzetten');
  });
});
