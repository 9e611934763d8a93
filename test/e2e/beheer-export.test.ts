import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('Beheer and Word export in the browser', () => {
  it('adds and renames a sector, refuses a duplicate name in Dutch, and offers the new sector for an agenda', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { name: 'Beheer', level: 1 }).waitFor();
    await expectAccessible(page, 'beheer');

    await page.getByLabel('Naam van de nieuwe sector').fill('Zelfstandige bestuursorganen');
    await page.getByRole('button', { name: 'Sector toevoegen' }).click();
    const added = page.getByRole('group', { name: 'Sector Zelfstandige bestuursorganen' });
    await added.waitFor();

    await page.getByLabel('Naam van de nieuwe sector').fill('Defensie');
    await page.getByRole('button', { name: 'Sector toevoegen' }).click();
    await expect.poll(() => page.getByText('Er is al een sector met de naam “Defensie”.').count()).toBe(1);

    const name = added.getByLabel('Naam', { exact: true });
    await name.fill('Zbo’s');
    await name.blur();
    await page.getByRole('group', { name: 'Sector Zbo’s' }).waitFor();
    await screenshot(page, 'beheer');

    const reference = await app.core.invoke('reference.get', {});
    expect(reference.ok && (reference.value as { sectors: { name: string }[] }).sectors.map((s) => s.name)).toContain('Zbo’s');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Werkagenda’s" }).click();
    await expect.poll(() => page.getByLabel('Sector', { exact: true }).locator('option', { hasText: 'Zbo’s' }).count()).toBe(1);
  });

  it('downloads the agenda as a Word document that LibreOffice reads', async () => {
    const { page } = app;
    await page.getByLabel('Sector', { exact: true }).selectOption({ label: 'Defensie' });
    await page.getByLabel('Beginjaar').fill('2025');
    await page.getByLabel('Eindjaar').fill('2026');
    await page.getByLabel('Titel', { exact: true }).fill('Werkagenda Defensie 2025-2026');
    await page.getByRole('button', { name: 'Werkagenda aanmaken' }).click();
    const exportButton = page.getByRole('button', { name: 'Exporteren naar Word' });
    await exportButton.waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toBe('Werkagenda Defensie 2025-2026 concept.docx');
    await page.getByText('Word-document gemaakt: Werkagenda Defensie 2025-2026 concept.docx').waitFor();
    await expectAccessible(page, 'editor na export');

    const dir = mkdtempSync(join(tmpdir(), 'werkagenda-download-'));
    const file = join(dir, 'export.docx');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 90_000, stdio: 'ignore' });
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'export.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Werkagenda Defensie 2025-2026');
    expect(text).toContain('CONCEPT');
    expect(text).toContain('Ondertekening');
  });
});
