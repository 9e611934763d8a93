import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { defensieId, edit } from '../support/core';
import { expectAccessible, expectFocused, screenshot, screenshotDir, startApp, storedAgenda, waitSaved, type App } from './harness';

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

const create = (title: string, startYear: number, endYear: number) =>
  invoke<AgendaDetail>('agenda.create', { sectorId: defensieId, startYear, endYear, title });

const carried = 'Meet and greets per krijgsmachtdeel';
const lesson = 'Koppel de bijeenkomsten aan echte vacatures.';

describe('The next agenda starts from the evaluation, in the browser', () => {
  it('starts the next agenda with a draft Terugblik written from the evaluation', async () => {
    const { page } = app;
    let agenda = await create('Werkagenda Defensie 2025-2026', 2025, 2026);
    agenda = await edit(app.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: carried, primaryTypeId: 8 });
    agenda = await edit(app.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Werkplekken aanpassen', primaryTypeId: 4 });
    agenda = await edit(app.core, 'target.create', { agendaId: agenda.id, actionId: agenda.actions[0]!.id, indicator: 'Bijeenkomsten gehouden', unit: 'bijeenkomsten', baseline: 0, targetValue: 8, deadline: '2026-12-31' });
    await invoke('measurement.create', { targetId: agenda.targets[0]!.id, date: '2025-11-01', value: 9 });
    await invoke('signatory.create', { agendaId: agenda.id, name: 'P. de Vries', function: 'Directeur', required: true });
    await invoke('action.setStatus', { id: agenda.actions[0]!.id, status: 'lopend' });
    await invoke('action.setStatus', { id: agenda.actions[1]!.id, status: 'afgerond' });

    // The evaluation, entered on the Evaluatie screen.
    await page.goto(`${app.url}#/agenda/${agenda.id}/evaluatie`);
    const action = page.getByRole('article', { name: carried });
    await action.getByRole('group', { name: 'Werkte de actie?' }).getByLabel('Werkte deels').check();
    await action.getByLabel('Waarom (niet)?').fill('Goed bezocht, maar weinig plaatsingen.');
    await action.getByLabel('Wat hebben we geleerd?').fill(lesson);
    await action.getByLabel('Wat hebben we geleerd?').blur();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /opgeslagen|opslaan/ }).textContent(), { timeout: 10_000 }).toBe('Alle wijzigingen opgeslagen');
    const volgende = page.getByRole('region', { name: 'Volgende werkagenda' });
    await volgende.getByText('een concept voor de terugblik, opgesteld uit deze evaluatie').waitFor();

    // Start the next agenda: its Terugblik is the draft, and it names its predecessor.
    await page.getByRole('button', { name: 'Start volgende werkagenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkagenda Defensie 2027-2028' }).waitFor();
    const terugblik = page.getByRole('region', { name: 'Terugblik' });
    await terugblik.getByText('Vorige werkagenda: Werkagenda Defensie 2025-2026 (2025-2026).').waitFor();
    await expect.poll(() => terugblik.getByRole('link', { name: 'Vergelijken met de vorige werkagenda' }).count()).toBe(1);
    const text = terugblik.getByLabel('Terugblik op de vorige werkagenda');
    await expect.poll(() => text.inputValue()).toMatch(/^Concept, opgesteld uit de evaluatie van “Werkagenda Defensie 2025-2026” \(2025-2026\); pas het aan\./);
    const draft = await text.inputValue();
    expect(draft).toContain(`- ${carried} (lopend): werkte deels. Waarom: Goed bezocht, maar weinig plaatsingen. Les: ${lesson}`);
    expect(draft).toContain('- Bijeenkomsten gehouden: behaald.');
    expect(draft).toContain('Banen\nNog geen gerealiseerde banen vastgelegd.');
    // The text is there, so no button offers to overwrite it.
    expect(await terugblik.getByRole('button', { name: 'Terugblik opstellen uit de evaluatie' }).count()).toBe(0);
    // What the predecessor delivered, as in the Word export.
    await terugblik.getByText(/Wat de vorige werkagenda opleverde/).click();
    await terugblik.getByRole('table', { name: 'Acties van de vorige werkagenda' }).getByRole('row', { name: new RegExp(`${carried}.*Lopend.*Werkte deels.*${lesson}`) }).waitFor();
    await expectAccessible(page, 'terugblik concept');
    await terugblik.screenshot({ path: join(screenshotDir, 'terugblik-concept.png') });
    await screenshot(page, 'volgende-werkagenda-terugblik');

    // The user edits the draft like any text.
    await text.fill(`${draft}\n\nEigen aanvulling.`);
    await text.blur();
    await waitSaved(page);
    const next = await storedAgendaByTitle('Werkagenda Defensie 2027-2028');
    expect(next.lookback.endsWith('Eigen aanvulling.')).toBe(true);
    expect(next.signatories.map((signatory) => signatory.name)).toEqual(['P. de Vries']);
  });

  it('links a predecessor by hand, shows a refusal in Dutch, and drafts the Terugblik on request', async () => {
    const { page } = app;
    const older = await create('Oude werkagenda Defensie 2019-2020', 2019, 2020);
    const previous = await create('Werkagenda Defensie 2021-2022', 2021, 2022);
    await invoke('action.create', { agendaId: previous.id, title: 'Banenmarkt', primaryTypeId: 6, actor: 'sector', nature: 'nieuw' });
    const withAction = await storedAgenda(app, previous.id);
    await invoke('evaluation.update', { actionId: withAction.actions[0]!.id, patch: { result: 'niet', lesson: 'Werkgevers vooraf benaderen.' } });
    const entered = await create('Werkagenda Defensie 2023-2024 (ingevoerd)', 2023, 2024);

    await page.goto(`${app.url}#/agenda/${entered.id}/terugblik`);
    const terugblik = page.getByRole('region', { name: 'Terugblik' });
    await terugblik.getByText('Geen vorige werkagenda gekoppeld.').waitFor();
    const form = terugblik.getByRole('form', { name: 'Vorige werkagenda koppelen' });
    const select = form.getByLabel('Vorige werkagenda');
    // Same sector, ended before 2023; the 2025-2026 agenda (later) and its successor are not offered.
    await expect.poll(() => select.locator('option').allInnerTexts()).toEqual(['Werkagenda Defensie 2021-2022 (2021-2022)', 'Oude werkagenda Defensie 2019-2020 (2019-2020)']);
    await expectAccessible(page, 'terugblik koppelen');
    await terugblik.screenshot({ path: join(screenshotDir, 'terugblik-koppelen.png') });

    // Meanwhile, in another window, the older agenda gets a successor: choosing it now is refused in Dutch.
    await invoke('agenda.startNext', { id: older.id });
    await select.selectOption({ label: 'Oude werkagenda Defensie 2019-2020 (2019-2020)' });
    await form.getByRole('button', { name: 'Vorige werkagenda koppelen' }).click();
    await form.getByText('“Oude werkagenda Defensie 2019-2020” (2019-2020) heeft al een volgende werkagenda: “Oude werkagenda Defensie 2021-2022”.', { exact: false }).waitFor();
    await expectFocused(select);
    expect((await storedAgenda(app, entered.id)).predecessorId).toBeNull();
    // The list is brought up to date: the refused agenda is no longer offered, its new successor is.
    await expect.poll(() => select.locator('option').allInnerTexts()).toEqual(['Oude werkagenda Defensie 2021-2022 (2021-2022)', 'Werkagenda Defensie 2021-2022 (2021-2022)']);
    await expectAccessible(page, 'terugblik geweigerd');
    await terugblik.screenshot({ path: join(screenshotDir, 'terugblik-geweigerd.png') });

    // The right one links; the Terugblik is empty, so the draft is offered.
    await select.selectOption({ label: 'Werkagenda Defensie 2021-2022 (2021-2022)' });
    await form.getByRole('button', { name: 'Vorige werkagenda koppelen' }).click();
    await terugblik.getByText('Vorige werkagenda: Werkagenda Defensie 2021-2022 (2021-2022).').waitFor();
    expect((await storedAgenda(app, entered.id)).predecessorId).toBe(previous.id);
    await terugblik.getByRole('button', { name: 'Terugblik opstellen uit de evaluatie' }).click();
    const text = terugblik.getByLabel('Terugblik op de vorige werkagenda');
    await expect.poll(() => text.inputValue()).toMatch(/^Concept, opgesteld uit de evaluatie van “Werkagenda Defensie 2021-2022”/);
    expect(await text.inputValue()).toContain('- Banenmarkt (gepland): werkte niet. Les: Werkgevers vooraf benaderen.');
    await expectFocused(text);
    expect(await terugblik.getByRole('button', { name: 'Terugblik opstellen uit de evaluatie' }).count()).toBe(0);
    await expectAccessible(page, 'terugblik gekoppeld');
    await terugblik.screenshot({ path: join(screenshotDir, 'terugblik-gekoppeld.png') });

    // Removing the link again.
    await terugblik.getByRole('button', { name: 'Koppeling met de vorige werkagenda verwijderen' }).click();
    await terugblik.getByText('Geen vorige werkagenda gekoppeld.').waitFor();
    expect((await storedAgenda(app, entered.id)).predecessorId).toBeNull();
  });
});

async function storedAgendaByTitle(title: string): Promise<AgendaDetail> {
  const list = await invoke<{ agendas: { id: string; title: string }[] }>('agenda.list', {});
  return storedAgenda(app, list.agendas.find((entry) => entry.title === title)!.id);
}
