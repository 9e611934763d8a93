import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { todayIso, type AgendaProgress } from '../../shared/domain/monitoring';
import { formatDate } from '../../shared/format';
import { defensieId, edit } from '../support/core';
import { expectAccessible, screenshot, startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function invoke<T>(channel: string, input: unknown): Promise<T> {
  const result = await app.core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const actionTitle = 'Meet and greets per krijgsmachtdeel';
const indicator = 'Meet and greets gehouden';

describe('Voortgang (Do and Check) in the browser', () => {
  it('records status, a milestone, a note and measurements, and shows the target status and what needs attention', async () => {
    const { page } = app;
    let agenda = await invoke<AgendaDetail>('agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    agenda = await edit(app.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: actionTitle, primaryTypeId: 8 });
    const actionId = agenda.actions[0]!.id;
    await invoke('milestone.create', { actionId, title: 'Eerste meet and greet', month: '2025-05' });
    await invoke('target.create', { agendaId: agenda.id, actionId, level: 'middenweg', indicator, unit: 'bijeenkomsten', baseline: 0, targetValue: 8, deadline: '2026-12-31' });
    await invoke('target.create', { agendaId: agenda.id, actionId: null, level: 'smal', indicator: 'Banen gerealiseerd', unit: 'banen', baseline: 36.2, targetValue: 68, deadline: '2026-12-31' });

    await page.goto(`${app.url}#/agenda/${agenda.id}/voortgang`);
    await page.getByRole('heading', { level: 1, name: 'Voortgang: Werkagenda Defensie 2025-2026' }).waitFor();
    await expect.poll(() => page.title()).toBe('Voortgang: Werkagenda Defensie 2025-2026 – Werkagenda Banenafspraak');
    await page.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Voortgang' }).waitFor();
    await page.getByText(/Een doel is behaald als de laatste meting de streefwaarde bereikt/).waitFor();
    await expectAccessible(page, 'voortgang leeg');
    await screenshot(page, 'voortgang-leeg');

    const action = page.getByRole('article', { name: actionTitle });
    await action.getByLabel('Status van de actie').selectOption({ label: 'Lopend' });
    // The day of the change is filled in, and can be set to the day it really changed; a future day is refused.
    const since = action.getByLabel('Status sinds', { exact: true });
    await expect.poll(() => since.inputValue()).toBe(formatDate(todayIso()));
    await since.fill('31-12-2099');
    await since.press('Tab');
    await action.getByText('De datum van de status mag niet in de toekomst liggen.').waitFor();
    await since.fill('1-3-2025');
    await since.press('Tab');
    await expect.poll(async () => (await app.core.invoke('progress.get', { agendaId: agenda.id }) as { ok: true; value: AgendaProgress }).value.actions
      .find((entry) => entry.title === actionTitle)?.statusDate).toBe('2025-03-01');
    await action.getByLabel('Afgevinkt: Eerste meet and greet (mei 2025)').check();
    await action.getByText('1 van 1 afgevinkt.').waitFor();

    const target = page.getByRole('region', { name: indicator });
    const measurementForm = target.getByRole('form', { name: `Meting toevoegen: ${indicator}` });
    // A date before the agenda's period is refused in Dutch and saves nothing.
    await measurementForm.getByLabel('Datum').fill('31-12-2024');
    await measurementForm.getByLabel('Waarde (bijeenkomsten)').fill('1');
    await measurementForm.getByRole('button', { name: 'Meting toevoegen' }).click();
    await measurementForm.getByText('De datum moet in de looptijd van de werkagenda liggen: van 1 januari 2025 tot en met 31 december 2026.').waitFor();
    await expect.poll(() => measurementForm.getByLabel('Datum').evaluate((element) => element === document.activeElement)).toBe(true);
    await measurementForm.getByLabel('Datum').fill('2-2-2099');
    await measurementForm.getByRole('button', { name: 'Meting toevoegen' }).click();
    await measurementForm.getByText('De datum ligt in de toekomst.').waitFor();

    await measurementForm.getByLabel('Datum').fill('30 juni 2025');
    await measurementForm.getByLabel('Waarde (bijeenkomsten)').fill('3');
    await measurementForm.getByLabel('Bron').fill('Planning programmaleider');
    await measurementForm.getByRole('button', { name: 'Meting toevoegen' }).click();
    await measurementForm.getByText('Meting toegevoegd.').waitFor();
    await target.getByText('Status: Op koers', { exact: true }).waitFor();

    await measurementForm.getByLabel('Datum').fill('1-11-2026');
    await measurementForm.getByLabel('Waarde (bijeenkomsten)').fill('5,5');
    await measurementForm.getByLabel('Toelichting').fill('Twee bijeenkomsten afgezegd.');
    await measurementForm.getByRole('button', { name: 'Meting toevoegen' }).click();
    await target.getByText('Status: Loopt achter', { exact: true }).waitFor();
    const table = target.getByRole('table', { name: `Metingen: ${indicator}` });
    await expect.poll(() => table.getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('Datum'),
      expect.stringMatching(/30 juni 2025\s+3\s+Planning programmaleider/),
      expect.stringMatching(/1 november 2026\s+5,5\s+Planning programmaleider\s+Twee bijeenkomsten afgezegd\./),
    ]);
    // The overview counts it and asks for attention: behind, no note since the latest measurement.
    const overview = page.getByRole('region', { name: 'Overzicht' });
    const attention = overview.getByRole('list', { name: 'Vraagt aandacht' });
    await attention.getByText('Loopt achter. Geen voortgangsnotitie op of na de laatste meting van 1 november 2026.').waitFor();
    await expectAccessible(page, 'voortgang met achterstand');
    await screenshot(page, 'voortgang-achter');

    const noteForm = action.getByRole('form', { name: `Nieuwe voortgangsnotitie: ${actionTitle}` });
    await noteForm.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await noteForm.getByText('Vul wie in.').waitFor();
    await noteForm.getByLabel('Wie').fill('A. Jansen');
    await noteForm.getByLabel('Wat is er gedaan?').fill('Twee extra bijeenkomsten gepland met de landmacht.');
    await noteForm.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await noteForm.getByText('Notitie toegevoegd.').waitFor();
    await action.getByRole('list', { name: /Voortgangsnotities bij/ }).getByText('Twee extra bijeenkomsten gepland met de landmacht.').waitFor();
    await overview.getByText('Niets dat nog opvolging vraagt: 1 doel dat achterloopt heeft al een voortgangsnotitie na de laatste meting.').waitFor();
    await expectAccessible(page, 'voortgang met notitie');
    await screenshot(page, 'voortgang-notitie');

    const progress = await invoke<AgendaProgress>('progress.get', { agendaId: agenda.id });
    expect(progress.actions[0]).toMatchObject({ status: 'lopend', milestones: [{ done: true }], notes: [{ author: 'A. Jansen' }] });
    expect(progress.actions[0]!.targets[0]!.measurements.map((m) => m.value)).toEqual([3, 5.5]);

    // Deleting the note asks first; afterwards the target asks for attention again.
    await action.getByRole('button', { name: /notitie van .*A\. Jansen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Notitie verwijderen?' });
    await dialog.waitFor();
    await expectAccessible(page, 'voortgang bevestigen');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await attention.getByText(/Loopt achter/).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`notitie-text-${actionId}`);

    // Jobs against target: the latest realised figure against the year's goal, behind in words.
    await overview.getByText('Nog geen gerealiseerde banen vastgelegd.').waitFor();
    await invoke('jobGoal.set', { agendaId: agenda.id, year: 2025, jobs: 56.3 });
    await invoke('realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2025-07-01', jobs: 29.02, kind: 'regulier' });
    await invoke('realisedJobs.create', { agendaId: agenda.id, employerId: null, referenceDate: '2025-12-31', jobs: 36.2, kind: 'regulier' });
    await page.reload();
    await overview.getByText('36,2 banen gerealiseerd op 31 december 2025, tegenover 56,3 (doel van de werkagenda voor eind 2025): 64%, achterstand 20,1 banen.').waitFor();
    await expectAccessible(page, 'voortgang met banen');
    await screenshot(page, 'voortgang-banen');
  });
});
