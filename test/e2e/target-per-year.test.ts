import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { todayIso } from '../../shared/domain/monitoring';
import { defensieId, edit } from '../support/core';
import { expectAccessible, screenshot, startApp, storedAgenda, waitSaved, type App } from './harness';

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

const indicator = 'Bijeenkomsten met werkgevers';

describe('a target per year, from Plan to Voortgang', () => {
  it('is ticked for a unit "per jaar", needs no deadline, and is judged on the year of the peildatum', async () => {
    const { page } = app;
    let agenda = await invoke<AgendaDetail>('agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    agenda = await edit(app.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Werkgeversbijeenkomsten', primaryTypeId: 5 });
    await page.goto(`${app.url}#/agenda/${agenda.id}`);
    const action = page.getByRole('article', { name: 'Werkgeversbijeenkomsten', exact: true });
    await action.getByRole('button', { name: /^Bewerken/ }).click();
    const form = action.getByRole('group', { name: 'Nieuw meetbaar doel' });
    await form.getByLabel('Indicator', { exact: true }).fill(indicator);
    await form.getByLabel('Eenheid', { exact: true }).fill('bijeenkomsten per jaar');
    await form.getByRole('button', { name: 'Doel toevoegen' }).click();
    const target = action.getByRole('group', { name: `Meetbaar doel 1: ${indicator}` });
    const perYear = target.getByLabel('Dit doel geldt per jaar');
    await expect.poll(() => perYear.isChecked()).toBe(true);
    await target.getByLabel('Streefwaarde', { exact: true }).fill('4');
    await target.getByLabel('Streefwaarde', { exact: true }).blur();
    await waitSaved(page);
    // Unticking and ticking again is saved each time.
    await perYear.uncheck();
    await waitSaved(page);
    expect((await storedAgenda(app, agenda.id)).targets[0]!.perYear).toBe(false);
    await page.getByRole('list', { name: 'Open punten' }).getByRole('link', { name: `Het doel “${indicator}” heeft nog geen einddatum.` }).waitFor();
    await perYear.check();
    await waitSaved(page);
    const stored = (await storedAgenda(app, agenda.id)).targets[0]!;
    expect(stored).toMatchObject({ perYear: true, targetValue: 4, deadline: null });
    await expect.poll(() => page.getByRole('link', { name: `Het doel “${indicator}” heeft nog geen einddatum.` }).count()).toBe(0);
    await expectAccessible(page, 'plan doel per jaar');
    await screenshot(page, 'plan-doel-per-jaar');

    for (const [date, value] of [['2025-12-31', 4], ['2026-03-31', 1]] as const) await invoke('measurement.create', { targetId: stored.id, date, value });
    await page.goto(`${app.url}#/agenda/${agenda.id}/voortgang`);
    const card = page.getByRole('region', { name: indicator });
    await card.getByText('Elk jaar 4 bijeenkomsten per jaar (telt elk kalenderjaar opnieuw vanaf 0).').waitFor();
    await card.getByText(/In 2026 is de stand 1 bijeenkomsten per jaar op 31 maart 2026/).waitFor();
    // 1 by 31 March is on course for 4 in the year; once 2026 is over it is behind.
    await card.getByText(`Status: ${todayIso() < '2026-12-31' ? 'Op koers' : 'Loopt achter'}`, { exact: true }).waitFor();
    await expectAccessible(page, 'voortgang doel per jaar');
    await screenshot(page, 'voortgang-doel-per-jaar');
  });
});
