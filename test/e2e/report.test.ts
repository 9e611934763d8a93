import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { defensieId, edit } from '../support/core';
import { render } from '../integration/export-support/render';
import { expectAccessible, screenshot, startApp, type App } from './harness';

let app: App;
const downloads = mkdtempSync(join(tmpdir(), 'werkagenda-rapportage-'));
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
  rmSync(downloads, { recursive: true, force: true });
});

async function invoke<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const actionTitle = 'Meet and greets per krijgsmachtdeel';
const indicator = 'Meet and greets gehouden';

describe('Voortgangsrapportage in the browser', () => {
  it('shows the report of what was entered, changes the peildatum, refuses one outside the period, and downloads the Word file', async () => {
    const { page } = app;
    let agenda = await invoke<AgendaDetail>('agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    agenda = await edit(app.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: actionTitle, primaryTypeId: 8, startMonth: '2025-03', endMonth: '2025-10', jobsPrognosis: 12 });
    const actionId = agenda.actions[0]!.id;
    await invoke('target.create', { agendaId: agenda.id, actionId, level: 'middenweg', indicator, unit: 'bijeenkomsten', baseline: 0, targetValue: 8, deadline: '2026-12-31' });
    await invoke('action.setStatus', { id: actionId, status: 'lopend' });
    await invoke('jobGoal.set', { agendaId: agenda.id, year: 2025, jobs: 56.3 });
    await invoke('realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2025-07-01', jobs: 29.02, kind: 'regulier' });
    await invoke('realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2025-12-31', jobs: 36.2, kind: 'regulier' });

    // Before anything is measured, the report says so in one sentence.
    await page.goto(`${app.url}#/agenda/${agenda.id}/rapportage`);
    await page.getByRole('heading', { level: 1, name: 'Voortgangsrapportage: Werkagenda Defensie 2025-2026' }).waitFor();
    const glance = page.getByRole('region', { name: 'In één oogopslag' });
    await glance.getByText('Er zijn tot en met 31 december 2025 nog geen metingen vastgelegd').waitFor();
    await page.getByText(/^Concept: er is nog geen vastgestelde versie/).waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Rapportage' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'rapportage zonder metingen');
    await screenshot(page, 'rapportage-zonder-metingen');

    // A measurement through Voortgang.
    await page.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Voortgang' }).click();
    const form = page.getByRole('region', { name: indicator }).getByRole('form', { name: `Meting toevoegen: ${indicator}` });
    await form.getByLabel('Datum').fill('31-12-2025');
    await form.getByLabel('Waarde (bijeenkomsten)').fill('2,5');
    await form.getByLabel('Bron').fill('Jaarverslag programmaleider');
    await form.getByRole('button', { name: 'Meting toevoegen' }).click();
    await form.getByText('Meting toegevoegd.').waitFor();

    // An evaluation through Evaluatie.
    await page.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Evaluatie' }).click();
    const evaluation = page.getByRole('article', { name: actionTitle });
    await evaluation.getByRole('group', { name: 'Werkte de actie?' }).getByLabel('Werkte deels').check();
    await evaluation.getByLabel('Waarom (niet)?').fill('Goed bezocht, maar weinig plaatsingen.');
    await evaluation.getByLabel('Wat hebben we geleerd?').fill('Koppel de bijeenkomsten aan echte vacatures.');
    await evaluation.getByLabel('Wat hebben we geleerd?').blur();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /opgeslagen|opslaan/ }).textContent(), { timeout: 10_000 }).toBe('Alle wijzigingen opgeslagen');

    // The report shows both, on the default peildatum 31 December 2025.
    await page.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Rapportage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voortgangsrapportage: Werkagenda Defensie 2025-2026' }).waitFor();
    const peildatum = page.getByRole('textbox', { name: 'Peildatum' });
    await expect.poll(() => peildatum.inputValue()).toBe('31 december 2025');
    await glance.getByRole('definition').first().waitFor();
    await expect.poll(() => glance.getByLabel('Doelen per status').innerText()).toMatch(/Loopt achter\s+1/);
    await expect.poll(() => glance.getByLabel('Acties op de peildatum').innerText()).toMatch(/Te laat\s+1/);
    await glance.getByText('36,2 banen gerealiseerd op 31 december 2025, tegenover 56,3 (doel van de werkagenda voor eind 2025): 64%, achterstand 20,1 banen.').waitFor();
    const attention = glance.getByRole('list', { name: 'Wat de meeste aandacht vraagt' });
    await expect.poll(() => attention.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Meet and greets gehouden \(Meet and greets per krijgsmachtdeel\): Loopt achter\. De laatste meting is 2,5 bijeenkomsten/),
      'Meet and greets per krijgsmachtdeel: Te laat: gepland tot en met oktober 2025, de status is lopend.',
    ]);
    const targets = page.getByRole('region', { name: 'Doelen en metingen' });
    await expect.poll(() => targets.getByRole('table', { name: `Metingen: ${indicator}` }).getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('Datum'), expect.stringMatching(/31 december 2025\s+2,5 bijeenkomsten\s+Jaarverslag programmaleider/),
    ]);
    const evaluationSection = page.getByRole('region', { name: 'Evaluatie' });
    await evaluationSection.getByText('Koppel de bijeenkomsten aan echte vacatures.').waitFor();
    await evaluationSection.getByText('Werkte deels').waitFor();
    await page.getByRole('region', { name: 'Banen' }).getByText(/De prognoses van 1 van de 1 actie tellen op tot 12 banen/).waitFor();
    await expectAccessible(page, 'rapportage');
    await screenshot(page, 'rapportage');

    // Another peildatum: mid-2025, before the measurement and the year-end figure.
    await peildatum.fill('30-9-2025');
    await peildatum.blur();
    await glance.getByText('29,02 banen gerealiseerd op 1 juli 2025').waitFor();
    await glance.getByText('Er zijn tot en met 30 september 2025 nog geen metingen vastgelegd').waitFor();
    await expect.poll(() => peildatum.inputValue()).toBe('30 september 2025');

    // Outside the period: a Dutch message, and the report stays as it was.
    await peildatum.fill('1-1-2027');
    await peildatum.blur();
    await page.getByText('Niet getoond: 1 januari 2027. De peildatum moet in de looptijd liggen: van 1 januari 2025 tot en met 31 december 2026.').waitFor();
    await glance.getByText('29,02 banen gerealiseerd op 1 juli 2025').waitFor();
    await expectAccessible(page, 'rapportage peildatum buiten de looptijd');
    await screenshot(page, 'rapportage-fout', { fullPage: false });

    await peildatum.fill('31-12-2025');
    await peildatum.blur();
    await glance.getByText(/^36,2 banen gerealiseerd op 31 december 2025/).waitFor();

    const exportButton = page.getByRole('button', { name: 'Exporteren naar Word (voortgangsrapportage)' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toBe('Voortgangsrapportage Defensie 2025-2026 peildatum 31-12-2025.docx');
    await page.getByText('Word-document gemaakt: Voortgangsrapportage Defensie 2025-2026 peildatum 31-12-2025.docx').waitFor();
    const file = join(downloads, 'rapportage.docx');
    await download.saveAs(file);
    const text = render(file, join(process.cwd(), 'test-output', 'report')).raw.replace(/\s+/g, ' ');
    for (const needle of ['CONCEPT', 'In één oogopslag', '2,5 bijeenkomsten', 'Jaarverslag programmaleider', 'Loopt achter', 'Koppel de bijeenkomsten aan echte vacatures.', '64%', 'achterstand 20,1 banen']) {
      expect(text.includes(needle), `missing in the Word file: ${needle}`).toBe(true);
    }
    await expectAccessible(page, 'rapportage na export');
  });
});
