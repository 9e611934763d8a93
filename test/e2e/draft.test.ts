import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { expectAccessible, screenshot, startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const saved = (page: Page) => expect.poll(() => page.getByRole('status').filter({ hasText: /opgeslagen|opslaan/ }).first().textContent(), { timeout: 10_000 })
  .toBe('Alle wijzigingen opgeslagen');
const gaps = (page: Page) => page.getByRole('list', { name: 'Open punten' }).getByRole('link');
const gapTexts = (page: Page) => gaps(page).allTextContents();

async function typeAndLeave(field: Locator, value: string) {
  await field.fill(value);
  await field.blur();
}

async function stored(id: string): Promise<AgendaDetail> {
  const result = await app.core.invoke('agenda.get', { id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as AgendaDetail;
}

async function addAction(page: Page, title: string, type: string, planning: [string, string], target: { indicator: string; unit: string; value: string; deadline: string }) {
  const acties = page.getByRole('region', { name: 'Acties' });
  await acties.getByLabel('Titel van de nieuwe actie').fill(title);
  await acties.getByLabel('Actietype van de nieuwe actie').selectOption({ label: type });
  await acties.getByRole('button', { name: 'Actie toevoegen' }).click();
  const card = page.getByRole('article', { name: title });
  await expect.poll(() => card.getByLabel('Titel', { exact: true }).count()).toBe(1);
  await typeAndLeave(card.getByLabel('Startmaand'), planning[0]);
  await typeAndLeave(card.getByLabel('Eindmaand'), planning[1]);
  await typeAndLeave(card.getByLabel('Eigenaar'), 'Programmaleider banenafspraak');
  const newTarget = card.getByRole('group', { name: 'Nieuw meetbaar doel' });
  await newTarget.getByLabel('Indicator').fill(target.indicator);
  await newTarget.getByLabel('Eenheid').fill(target.unit);
  await newTarget.getByRole('button', { name: 'Doel toevoegen' }).click();
  const targetGroup = card.getByRole('group', { name: new RegExp(`Meetbaar doel \\d+: ${target.indicator}`) });
  await typeAndLeave(targetGroup.getByLabel('Streefwaarde'), target.value);
  await typeAndLeave(targetGroup.getByLabel('Einddatum'), target.deadline);
  await saved(page);
  return card;
}

describe('drafting an agenda in the browser', () => {
  let agendaId = '';

  it('creates an agenda and shows the gaps of an empty draft', async () => {
    const { page } = app;
    await expectAccessible(page, 'start');
    await page.getByLabel('Sector', { exact: true }).selectOption({ label: 'Defensie' });
    await page.getByLabel('Beginjaar').fill('2025');
    await page.getByLabel('Eindjaar').fill('2026');
    await page.getByLabel('Titel', { exact: true }).fill('Werkagenda Defensie 2025-2026');
    await page.getByRole('button', { name: 'Werkagenda aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkagenda Defensie 2025-2026' }).waitFor();
    agendaId = /#\/agenda\/([^/?]+)/.exec(page.url())![1]!;

    const texts = await gapTexts(page);
    expect(texts).toContain('De inleiding is nog leeg.');
    expect(texts).toContain('De werkagenda heeft nog geen acties.');
    expect(texts.some((text) => text.startsWith('Er zijn nog geen ondertekenaars'))).toBe(true);
    await expectAccessible(page, 'editor leeg');
    await screenshot(page, 'draft-1-leeg');
  });

  it('moves focus to the field a gap link names, and clears the gap once it is filled', async () => {
    const { page } = app;
    const before = (await gapTexts(page)).length;
    await gaps(page).filter({ hasText: 'De inleiding is nog leeg.' }).click();
    const intro = page.getByLabel('Inleiding en context');
    await expect.poll(() => intro.evaluate((element) => element === document.activeElement)).toBe(true);
    await typeAndLeave(intro, 'Defensie wil in 2025-2026 68 banen realiseren en de aanpak in alle krijgsmachtdelen verankeren.');
    await saved(page);
    await expect.poll(() => gapTexts(page)).not.toContain('De inleiding is nog leeg.');
    expect((await gapTexts(page)).length).toBe(before - 1);
    await typeAndLeave(page.getByLabel('Terugblik op de vorige werkagenda'), 'In 2023-2024 realiseerden we 36,2 van de 56,3 beoogde banen (64%).');
  });

  it('drafts knelpunten, three actions of different types with targets, goals and a signatory', async () => {
    const { page } = app;
    const analyse = page.getByRole('region', { name: 'Probleemanalyse' });
    await analyse.getByLabel('Kies uit de catalogus').selectOption({ label: 'Formatiegestuurd HR-beleid' });
    await analyse.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
    await page.getByRole('article', { name: 'Formatiegestuurd HR-beleid' }).waitFor();
    await analyse.getByLabel('Kies uit de catalogus').selectOption({ label: 'Zelf formuleren' });
    await analyse.getByLabel('Titel van het nieuwe knelpunt').fill('Leidinggevenden kennen de doelgroep niet');
    await analyse.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
    const onbekend = page.getByRole('article', { name: 'Leidinggevenden kennen de doelgroep niet' });
    await typeAndLeave(onbekend.getByLabel('Oorzaak'), 'Weinig contact met kandidaten.');
    await saved(page);

    await addAction(page, 'Bestuurders ondertekenen de werkagenda', '3. Bestuurlijk commitment', ['maart 2025', '06-2025'], { indicator: 'Handtekeningen', unit: 'bestuurders', value: '4', deadline: '30-06-2025' });
    await addAction(page, 'Meet and greets per krijgsmachtdeel', '8. Meet and greets voor managers, leidinggevenden en kandidaten', ['2025-04', 'december 2026'], { indicator: 'Meet and greets gehouden', unit: 'bijeenkomsten', value: '8', deadline: '31 december 2026' });
    await addAction(page, 'Training voor begeleiders', '12. Training voor begeleiders', ['januari 2026', 'november 2026'], { indicator: 'Begeleiders getraind', unit: 'begeleiders', value: '29,5', deadline: '2026-11-30' });

    await onbekend.getByRole('group', { name: 'Acties die dit knelpunt aanpakken' }).getByLabel('Meet and greets per krijgsmachtdeel').check();
    const formatie = page.getByRole('article', { name: 'Formatiegestuurd HR-beleid' });
    await formatie.getByRole('group', { name: 'Acties die dit knelpunt aanpakken' }).getByLabel('Bestuurders ondertekenen de werkagenda').check();
    await saved(page);
    await expect.poll(() => gapTexts(page)).not.toContain('Knelpunt “Leidinggevenden kennen de doelgroep niet” wordt nog door geen enkele actie beantwoord.');

    const doelen = page.getByRole('region', { name: 'Doelstellingen' });
    await typeAndLeave(doelen.getByLabel('Banen in 2025'), '56,3');
    await typeAndLeave(doelen.getByLabel('Banen in 2026'), '68');
    await typeAndLeave(page.getByLabel('Hoe leggen werkgevers verantwoording af?'), 'Elk krijgsmachtdeel rapporteert per kwartaal aan de Bestuursstaf.');
    await page.getByLabel('Naam van de nieuwe ondertekenaar').fill('J. de Vries');
    await page.getByRole('button', { name: 'Ondertekenaar toevoegen' }).click();
    await page.getByRole('group', { name: /Ondertekenaar 1: J\. de Vries/ }).waitFor();
    await saved(page);

    const texts = await gapTexts(page);
    expect(texts.some((text) => text.startsWith('Er zijn nog geen ondertekenaars'))).toBe(false);
    expect(texts).not.toContain('Er is nog geen doel voor het aantal banen per jaar.');
    expect(texts.filter((text) => text.includes('heeft nog geen planning'))).toEqual([]);
    await expect.poll(() => page.getByText('3/12 actietypen').count()).toBe(1);
    await expectAccessible(page, 'editor gevuld');
    await screenshot(page, 'draft-2-gevuld');
  });

  it('refuses an empty action title inline and keeps the stored title', async () => {
    const { page } = app;
    const card = page.getByRole('article', { name: 'Training voor begeleiders' });
    const title = card.getByLabel('Titel', { exact: true });
    await title.fill('');
    await title.blur();
    await expect.poll(() => card.getByText('Vul de titel van de actie in.').count()).toBe(1);
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    const agenda = await stored(agendaId);
    expect(agenda.actions.map((action) => action.title)).toContain('Training voor begeleiders');
    await title.fill('Training voor begeleiders');
    await title.blur();
    await saved(page);
  });

  it('keeps everything after a reload', async () => {
    const { page } = app;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Werkagenda Defensie 2025-2026' }).waitFor();
    expect(await page.getByLabel('Inleiding en context').inputValue()).toContain('68 banen');
    expect(await page.getByRole('region', { name: 'Doelstellingen' }).getByLabel('Banen in 2025').inputValue()).toBe('56,3');
    for (const title of ['Bestuurders ondertekenen de werkagenda', 'Meet and greets per krijgsmachtdeel', 'Training voor begeleiders']) {
      await page.getByRole('article', { name: title }).waitFor();
    }
    const meet = page.getByRole('article', { name: 'Meet and greets per krijgsmachtdeel' });
    await meet.getByRole('button', { name: /Bewerken/ }).click();
    expect(await meet.getByLabel('Startmaand').inputValue()).toBe('april 2025');
    expect(await meet.getByLabel('Eindmaand').inputValue()).toBe('december 2026');
    expect(await meet.getByRole('group', { name: /Meetbaar doel 1: Meet and greets gehouden/ }).getByLabel('Einddatum').inputValue()).toBe('31 december 2026');
    expect(await page.getByRole('article', { name: 'Leidinggevenden kennen de doelgroep niet' })
      .getByRole('group', { name: 'Acties die dit knelpunt aanpakken' }).getByLabel('Meet and greets per krijgsmachtdeel').isChecked()).toBe(true);

    const agenda = await stored(agendaId);
    expect(agenda.knelpunten.map((k) => [k.title, k.answeredByActionIds.length])).toEqual([
      ['Formatiegestuurd HR-beleid', 1], ['Leidinggevenden kennen de doelgroep niet', 1],
    ]);
    expect(agenda.actions.map((a) => [a.primaryTypeId, a.startMonth, a.endMonth])).toEqual([[3, '2025-03', '2025-06'], [8, '2025-04', '2026-12'], [12, '2026-01', '2026-11']]);
    expect(agenda.targets.map((t) => [t.indicator, t.targetValue, t.deadline])).toEqual([
      ['Handtekeningen', 4, '2025-06-30'], ['Meet and greets gehouden', 8, '2026-12-31'], ['Begeleiders getraind', 29.5, '2026-11-30'],
    ]);
    expect(agenda.jobGoals).toEqual([{ year: 2025, jobs: 56.3 }, { year: 2026, jobs: 68 }]);
    expect(agenda.signatories.map((s) => s.name)).toEqual(['J. de Vries']);
    await screenshot(page, 'draft-3-na-herladen');
  });

  it('deletes with confirmation, undoes, deletes again and restores from the bin', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Werkagenda's" }).click();
    await page.getByRole('button', { name: /^Verwijderen.*Werkagenda Defensie 2025-2026/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Werkagenda verwijderen?' });
    await dialog.waitFor();
    await expectAccessible(page, 'verwijderdialoog');
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(async () => (await stored(agendaId)).title).toBe('Werkagenda Defensie 2025-2026');

    await page.getByRole('button', { name: /^Verwijderen.*Werkagenda Defensie 2025-2026/ }).click();
    await page.getByRole('dialog', { name: 'Werkagenda verwijderen?' }).getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect.poll(async () => (await app.core.invoke('agenda.get', { id: agendaId })).ok).toBe(false);
    await page.getByRole('button', { name: /Terugzetten.*Werkagenda Defensie 2025-2026/ }).click();
    await expect.poll(async () => (await app.core.invoke('agenda.get', { id: agendaId })).ok).toBe(true);
    await page.getByRole('link', { name: 'Werkagenda Defensie 2025-2026' }).waitFor();
    await expectAccessible(page, 'start na terugzetten');
    await screenshot(page, 'draft-4-start');
  });
});
