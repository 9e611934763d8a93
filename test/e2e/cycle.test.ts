import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import type { AgendaEvaluation } from '../../shared/domain/cycle';
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

const carried = 'Meet and greets per krijgsmachtdeel';
const finished = 'Werkplekken aanpassen';
const found = 'Te weinig passende vacatures';

describe('Evaluatie (Act) and the next agenda in the browser', () => {
  it('evaluates an action, records a found knelpunt, and starts the next agenda from it', async () => {
    const { page } = app;
    let agenda = await invoke<AgendaDetail>('agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    agenda = await edit(app.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: carried, primaryTypeId: 8, owner: 'Programmaleider', startMonth: '2025-03', endMonth: '2026-06' });
    agenda = await edit(app.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: finished, primaryTypeId: 4 });
    agenda = await edit(app.core, 'target.create', { agendaId: agenda.id, actionId: agenda.actions[0]!.id, indicator: 'Bijeenkomsten gehouden', unit: 'bijeenkomsten', baseline: 0, targetValue: 8 });
    await invoke('action.setStatus', { id: agenda.actions[0]!.id, status: 'lopend' });
    await invoke('action.setStatus', { id: agenda.actions[1]!.id, status: 'afgerond' });

    await page.goto(`${app.url}#/agenda/${agenda.id}/evaluatie`);
    await page.getByRole('heading', { level: 1, name: 'Evaluatie: Werkagenda Defensie 2025-2026' }).waitFor();
    await expect.poll(() => page.title()).toBe('Evaluatie: Werkagenda Defensie 2025-2026 – Werkagenda Banenafspraak');
    const nav = page.getByRole('navigation', { name: 'Werkagenda' });
    await expect.poll(() => nav.getByRole('link', { name: 'Evaluatie' }).getAttribute('aria-current')).toBe('page');
    await expectAccessible(page, 'evaluatie leeg');
    await screenshot(page, 'evaluatie-leeg');

    // Evaluate the action: the result saves at once, the texts as you type.
    const action = page.getByRole('article', { name: carried });
    await action.getByRole('group', { name: 'Werkte de actie?' }).getByLabel('Werkte deels').check();
    await action.getByLabel('Waarom (niet)?').fill('Goed bezocht, maar weinig plaatsingen.');
    await action.getByLabel('Wat hebben we geleerd?').fill('Koppel de bijeenkomsten aan echte vacatures.');
    await action.getByLabel('Wat hebben we geleerd?').blur();
    const status = page.getByRole('status').filter({ hasText: /opgeslagen|opslaan/ });
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Alle wijzigingen opgeslagen');
    await expect.poll(async () => (await invoke<AgendaEvaluation>('evaluation.get', { agendaId: agenda.id })).actions[0]!.evaluation).toEqual({
      result: 'deels', why: 'Goed bezocht, maar weinig plaatsingen.', lesson: 'Koppel de bijeenkomsten aan echte vacatures.', helped: [],
    });

    // A found knelpunt: an empty title is refused in Dutch, then it is added and linked to the action and its target.
    const section = page.getByRole('region', { name: 'Gevonden knelpunten' });
    const form = section.getByRole('form', { name: 'Nieuw gevonden knelpunt' });
    await form.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
    await form.getByText('Vul de titel van het knelpunt in.').waitFor();
    await form.getByLabel('Titel van het knelpunt').fill(found);
    await form.getByLabel('Beschrijving van het knelpunt').fill('De bijeenkomsten leverden weinig vacatures op.');
    await form.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
    const card = section.getByRole('article', { name: found });
    await card.waitFor();
    await expect.poll(() => card.getByLabel('Oorzaak').evaluate((element) => element === document.activeElement)).toBe(true);
    await card.getByLabel('Oorzaak').fill('Er worden geen functies gecreëerd.');
    await card.getByRole('group', { name: 'Gevonden bij de acties' }).getByLabel(carried).check();
    await card.getByRole('group', { name: 'Gevonden bij de doelen' }).getByLabel('Bijeenkomsten gehouden').check();
    await expect.poll(async () => (await invoke<AgendaEvaluation>('evaluation.get', { agendaId: agenda.id })).foundKnelpunten[0]).toMatchObject({
      title: found, cause: 'Er worden geen functies gecreëerd.', actionIds: [agenda.actions[0]!.id], targetIds: [agenda.targets[0]!.id],
    });

    // A second one, deleted again after confirming.
    await form.getByLabel('Titel van het knelpunt').fill('Tijdelijk knelpunt');
    await form.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
    await section.getByRole('article', { name: 'Tijdelijk knelpunt' }).getByRole('button', { name: /Knelpunt verwijderen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Gevonden knelpunt verwijderen?' });
    await dialog.waitFor();
    await expectAccessible(page, 'evaluatie bevestigen');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await section.getByRole('article', { name: 'Tijdelijk knelpunt' }).waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kop-gevonden');
    await expectAccessible(page, 'evaluatie ingevuld');
    await screenshot(page, 'evaluatie-ingevuld');

    // Start the next agenda: the editor of the successor opens with the knelpunt and the carried action.
    await page.getByRole('button', { name: 'Start volgende werkagenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkagenda Defensie 2027-2028' }).waitFor();
    const analyse = page.getByRole('region', { name: 'Probleemanalyse' });
    await analyse.getByRole('article', { name: found }).waitFor();
    await page.getByRole('region', { name: 'Acties' }).getByRole('article', { name: carried }).waitFor();
    expect(await page.getByRole('region', { name: 'Acties' }).getByRole('article', { name: finished }).count()).toBe(0);
    await expectAccessible(page, 'volgende werkagenda');
    await screenshot(page, 'volgende-werkagenda');

    const list = await invoke<{ agendas: { id: string; title: string }[] }>('agenda.list', {});
    const next = await invoke<AgendaDetail>('agenda.get', { id: list.agendas.find((entry) => entry.title === 'Werkagenda Defensie 2027-2028')!.id });
    expect(next).toMatchObject({ predecessorId: agenda.id, startYear: 2027, endYear: 2028, knelpunten: [{ title: found, cause: 'Er worden geen functies gecreëerd.' }] });
    expect(next.actions).toMatchObject([{ title: carried, nature: 'voortgezet', owner: 'Programmaleider', startMonth: null, endMonth: null }]);

    // Compare the two cycles side by side.
    await page.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Vergelijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vergelijken: Werkagenda Defensie 2027-2028' }).waitFor();
    const continued = page.getByRole('table', { name: 'Voortgezette acties', exact: true });
    await expect.poll(() => continued.getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('Actie nu'),
      expect.stringMatching(new RegExp(`${carried}\\s+${carried}\\s+Niet gewijzigd`)),
    ]);
    await expect.poll(() => page.getByRole('table', { name: 'Niet voortgezette acties uit de vorige werkagenda' }).getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('Actie'),
      expect.stringMatching(new RegExp(`${finished}\\s+Afgerond\\s+Niet geëvalueerd`)),
    ]);
    // The knelpunt was found at the carried action, so the action that continues it answers it.
    await page.getByRole('table', { name: 'Knelpunten van deze werkagenda' }).getByRole('row', { name: new RegExp(`${found}.*Gevonden bij de vorige werkagenda.*Ja`) }).waitFor();
    await page.getByText('Score vorige werkagenda').waitFor();
    await expectAccessible(page, 'vergelijken');
    await screenshot(page, 'vergelijken');

    // Back on the predecessor's Evaluatie: no second start, a link to the successor instead.
    await page.goto(`${app.url}#/agenda/${agenda.id}/evaluatie`);
    const volgende = page.getByRole('region', { name: 'Volgende werkagenda' });
    await volgende.getByRole('link', { name: 'Werkagenda Defensie 2027-2028' }).waitFor();
    expect(await page.getByRole('button', { name: 'Start volgende werkagenda' }).count()).toBe(0);
    await expectAccessible(page, 'evaluatie met opvolger');
    await screenshot(page, 'evaluatie-opvolger');
  });
});
