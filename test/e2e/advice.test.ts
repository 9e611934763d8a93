import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { defensieId, edit } from '../support/core';
import { type App, expectAccessible, invoke, screenshot, startApp, storedAgenda, waitSaved } from './harness';

// The research's advice inside the editor (issue 14): a sector's installation writes, the overleg's reads it in.
let sector: App;
let overleg: App;
beforeAll(async () => {
  sector = await startApp();
  overleg = await startApp();
});
afterAll(async () => {
  const closed = await Promise.allSettled([sector?.close(), overleg?.close()]);
  const failed = closed.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
});


const title = 'Werkagenda Defensie 2025-2026';
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Volledigheid' });
let agenda: AgendaDetail;

describe('the research’s advice in the editor', () => {
  it('adds an action from a recommended activity, with its action type and an example target', async () => {
    agenda = await invoke<AgendaDetail>(sector, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title });
    const { page } = sector;
    await page.goto(`${sector.url}#/agenda/${agenda.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const acties = region(page, 'Acties');
    await acties.getByLabel('Kies een aanbevolen activiteit (niet verplicht)').selectOption({ label: '2e. Pilots en proeftuinen ondersteunen' });
    // 2e has no type of its own: the app says how it is coded, and why.
    await acties.getByText('Actietype 9 (Proefplaatsingen, stages en werkervaringsplekken en andere manieren om kandidaten te leren kennen).').waitFor();
    expect(await acties.getByLabel('Titel van de nieuwe actie', { exact: true }).inputValue()).toBe('Een proeftuin bij een grote werkgever ondersteunen');
    expect(await acties.getByLabel('Actietype van de nieuwe actie').inputValue()).toBe('9');
    const examples = acties.getByRole('group', { name: 'Voorbeelddoelen om over te nemen' });
    await examples.getByLabel('Middenweg: Werkbegeleiders geworven en opgeleid, 3 begeleiders').check();

    // Who carries it out and its nature are chosen, not defaulted: adding without them is refused in Dutch.
    await acties.getByRole('button', { name: 'Actie toevoegen' }).click();
    await acties.getByText('Kies wie de actie uitvoert.').waitFor();
    await acties.getByText('Kies of de actie nieuw is, voortgezet of bestaande praktijk.').waitFor();
    expect((await storedAgenda(sector, agenda.id)).actions).toEqual([]);
    await expectAccessible(page, 'nieuwe actie uit een aanbevolen activiteit');
    await screenshot(page, 'advies-1-aanbevolen-activiteit');

    const form = acties.getByRole('form', { name: 'Nieuwe actie' });
    await form.getByRole('group', { name: 'Wie voert de actie uit?' }).getByLabel('Werkgevers in de sector').check();
    await form.getByRole('group', { name: 'Is de actie nieuw?' }).getByLabel('Nieuw', { exact: true }).check();
    await acties.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByRole('article', { name: 'Een proeftuin bij een grote werkgever ondersteunen', exact: true }).waitFor();
    await waitSaved(page);

    const stored = await storedAgenda(sector, agenda.id);
    expect(stored.actions.map(({ title: actionTitle, primaryTypeId, actor, nature }) => ({ actionTitle, primaryTypeId, actor, nature })))
      .toEqual([{ actionTitle: 'Een proeftuin bij een grote werkgever ondersteunen', primaryTypeId: 9, actor: 'werkgevers', nature: 'nieuw' }]);
    expect(stored.targets.map(({ actionId, indicator, targetValue, level }) => ({ actionId, indicator, targetValue, level })))
      .toEqual([{ actionId: stored.actions[0]!.id, indicator: 'Werkbegeleiders geworven en opgeleid', targetValue: 3, level: 'middenweg' }]);
    // The action has its measurable target, and the panel shows the mix of actions.
    expect(await panel(page).textContent()).not.toContain('heeft nog geen meetbaar doel');
    expect(await panel(page).textContent()).toContain('1 actie. Nieuw of bestaand: 1 nieuw, 0 voortgezet uit de vorige werkagenda, 0 bestaande praktijk. Wie voert uit: 0 door de sector, 1 door werkgevers, 0 door partners.');
  });

  it('addresses a knelpunt to SZW, asks a request instead of an own action, and shows it in the signals of the overleg', async () => {
    const { page } = sector;
    agenda = await edit(sector.core, 'knelpunt.create', {
      agendaId: agenda.id, title: 'Complexe, demotiverende wet- en regelgeving', cause: 'Subsidies verschillen per doelgroep.', catalogueId: 'knelpunt-K5',
    });
    await page.reload();
    const card = page.getByRole('article', { name: 'Complexe, demotiverende wet- en regelgeving', exact: true });
    await expect.poll(() => panel(page).textContent()).toContain('Knelpunt “Complexe, demotiverende wet- en regelgeving” wordt nog door geen enkele actie aangepakt.');
    await card.getByLabel('Wie kan dit knelpunt oplossen?').selectOption({ label: 'Het ministerie van SZW (wet- en regelgeving)' });
    await waitSaved(page);
    await expect.poll(() => panel(page).textContent()).toContain('Knelpunt “Complexe, demotiverende wet- en regelgeving” ligt bij SZW: schrijf op wat u van SZW vraagt.');
    const request = card.getByLabel('Wat vraagt u van SZW?');
    await request.fill('Eén subsidieregeling voor alle doelgroepen van de banenafspraak.');
    await request.press('Tab');
    await waitSaved(page);
    await expect.poll(() => panel(page).textContent()).not.toContain('Complexe, demotiverende wet- en regelgeving');
    await expectAccessible(page, 'knelpunt voor SZW');
    await screenshot(page, 'advies-2-knelpunt-szw');

    const exported = await invoke<{ base64: string }>(sector, 'exchange.export', { agendaId: agenda.id });
    await invoke(overleg, 'exchange.import', { text: Buffer.from(exported.base64, 'base64').toString('utf8') });
    const board = overleg.page;
    await board.goto(`${overleg.url}#/overleg`);
    await board.getByRole('heading', { level: 1, name: 'Dossierhoudersoverleg' }).waitFor();
    const signals = region(board, 'Signalen voor SZW en BZK');
    const theme = signals.getByRole('region', { name: 'K5. Complexe, weinig motiverende wetgeving en een jaarlijks stijgend quotum' });
    await theme.getByText('Complexe, demotiverende wet- en regelgeving').waitFor();
    await theme.getByText('Eén subsidieregeling voor alle doelgroepen van de banenafspraak.').waitFor();
    expect(await theme.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['Defensie']);
    const mix = region(board, 'Nieuw of bestaand, en wie uitvoert');
    expect(await mix.getByRole('row', { name: /Defensie/ }).getByRole('cell').allTextContents()).toEqual(['1', '1', '0', '0', '0', '1', '0']);
    await expectAccessible(board, 'overleg met signalen');
    await signals.scrollIntoViewIfNeeded();
    await screenshot(board, 'advies-3-signalen');
  });

  it('takes “doorlopend” as planning and “2,76%” as a value, and asks no agenda-wide target when every action has one', async () => {
    const { page } = sector;
    await page.reload();
    const action = page.getByRole('article', { name: 'Een proeftuin bij een grote werkgever ondersteunen', exact: true });
    if (await action.getByLabel('Titel', { exact: true }).count() === 0) await action.getByRole('button', { name: /^Bewerken/ }).click();
    await action.getByLabel('Doorlopend: de hele looptijd van de werkagenda').check();
    await waitSaved(page);
    await expect.poll(() => action.getByLabel('Startmaand', { exact: true }).inputValue()).toBe('januari 2025');
    expect(await action.getByLabel('Eindmaand', { exact: true }).inputValue()).toBe('december 2026');

    const form = action.getByRole('group', { name: 'Nieuw meetbaar doel' });
    await form.getByLabel('Indicator').fill('Aandeel medewerkers uit de doelgroep');
    await form.getByLabel('Eenheid').fill('procent');
    await form.getByRole('button', { name: 'Doel toevoegen' }).click();
    const target = action.getByRole('group', { name: /^Meetbaar doel \d+: Aandeel medewerkers uit de doelgroep$/ });
    const value = target.getByLabel('Streefwaarde', { exact: true });
    await value.fill('2,76%');
    await value.press('Tab');
    await waitSaved(page);
    expect(await target.getByText('Vul een getal in').count()).toBe(0);
    const stored = await storedAgenda(sector, agenda.id);
    expect(stored.actions[0]).toMatchObject({ startMonth: '2025-01', endMonth: '2026-12' });
    expect(stored.targets.find((entry) => entry.indicator === 'Aandeel medewerkers uit de doelgroep')?.targetValue).toBe(2.76);
    // Every action has a measurable target of its own: no agenda-wide target is demanded.
    expect(await panel(page).textContent()).not.toContain('Er is nog geen meetbaar doel naast het aantal banen.');
    // The number of employers is one figure of its own.
    const employers = page.getByLabel('Aantal werkgevers in de sector', { exact: true });
    await employers.fill('21');
    await employers.press('Tab');
    await waitSaved(page);
    expect((await storedAgenda(sector, agenda.id)).employerCount).toBe(21);
    await expectAccessible(page, 'doorlopend en procent');
    await screenshot(page, 'advies-4-doorlopend');
  });

  it('asks “Wat hielp?” in the evaluation and counts the success factors in the overleg of another installation', async () => {
    const { page } = sector;
    await page.goto(`${sector.url}#/agenda/${agenda.id}/evaluatie`);
    await page.getByRole('heading', { level: 1, name: `Evaluatie: ${title}` }).waitFor();
    const card = page.getByRole('article', { name: 'Een proeftuin bij een grote werkgever ondersteunen' });
    const helped = card.getByRole('group', { name: 'Wat hielp? (succesfactoren uit het onderzoek)' });
    await helped.getByLabel('Samenwerking met gespecialiseerde partijen').check();
    await helped.getByLabel('Pilots en proeftuinen').check();
    await waitSaved(page);
    await expect.poll(async () => (await invoke<{ actions: { evaluation: { helped: string[] } }[] }>(sector, 'evaluation.get', { agendaId: agenda.id })).actions[0]!.evaluation.helped)
      .toEqual(['S3', 'S8']);
    await expectAccessible(page, 'evaluatie met wat hielp');
    await screenshot(page, 'advies-5-wat-hielp');

    const third = await startApp();
    try {
      const exported = await invoke<{ base64: string }>(sector, 'exchange.export', { agendaId: agenda.id });
      await invoke(third, 'exchange.import', { text: Buffer.from(exported.base64, 'base64').toString('utf8') });
      await third.page.goto(`${third.url}#/overleg`);
      await third.page.getByRole('heading', { level: 1, name: 'Dossierhoudersoverleg' }).waitFor();
      const table = third.page.getByRole('table', { name: 'Wat hielp volgens de evaluaties (succesfactoren uit het onderzoek)' });
      await expect.poll(() => table.getByRole('row', { name: /S3\. Samenwerking met gespecialiseerde partijen/ }).getByRole('cell').allTextContents()).toEqual(['1', 'Defensie']);
      expect(await table.getByRole('row', { name: /S8\. Pilots en proeftuinen/ }).getByRole('cell').allTextContents()).toEqual(['1', 'Defensie']);
      await expectAccessible(third.page, 'overleg met wat hielp');
    } finally {
      await third.close();
    }
  });

  it('takes inkoop and SROI in persons, converts them with the research’s factor and shows where it comes from', async () => {
    const { page } = sector;
    await page.goto(`${sector.url}#/agenda/${agenda.id}/banen`);
    await page.getByRole('heading', { level: 1, name: `Banen en quotum: ${title}` }).waitFor();
    const form = page.getByRole('form', { name: 'Aantal gerealiseerde banen invullen' });
    await form.getByLabel('Peildatum', { exact: true }).fill('30-6-2025');
    await form.getByLabel('Via inkoop en SROI').check();
    await form.getByRole('group', { name: 'Wat weet u: banen, personen of uren?' }).getByLabel('Personen (omgerekend naar banen)').check();
    await form.getByLabel('Aantal personen', { exact: true }).fill('12');
    await form.getByText(/^12 personen = 13,8 banen \(1,15 per persoon\)\. Omgerekend volgens het onderzoek/).waitFor();
    await expectAccessible(page, 'inkoop in personen');
    await screenshot(page, 'advies-6-inkoop-personen');
    await form.getByRole('button', { name: 'Aantal opslaan' }).click();
    const row = page.getByRole('table', { name: 'Ingevulde aantallen' }).getByRole('row', { name: /30 juni 2025/ });
    await row.getByText('12 personen = 13,8 banen (1,15 per persoon).').waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('13,8');
  });
});
