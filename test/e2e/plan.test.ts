import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCompleteness } from '../../shared/completeness';
import type { ActionType } from '../../shared/domain/reference';
import { expectAccessible, expectFocused, screenshot, startApp, storedAgenda, waitSaved, type App } from './harness';

// Plan: a sector representative drafts the werkagenda Defensie 2025-2026 from an empty
// draft to "compleet", led by the completeness panel, then reloads, deletes, undoes and restores.

let app: App;
let actionTypes: ActionType[] = [];
let agendaId = '';
const TITLE = 'Werkagenda Defensie 2025-2026';

beforeAll(async () => {
  app = await startApp();
  const reference = await app.core.invoke('reference.get', {});
  if (!reference.ok) throw new Error('reference.get failed');
  actionTypes = (reference.value as { actionTypes: ActionType[] }).actionTypes;
});
afterAll(async () => {
  await app?.close();
});

const q = (text: string) => `“${text}”`;
const gapList = (page: Page) => page.getByRole('list', { name: 'Open punten' });
const gapLink = (page: Page, message: string) => gapList(page).getByRole('link', { name: message, exact: true });
const gapTexts = async (page: Page) => ((await gapList(page).count()) === 0 ? [] : gapList(page).getByRole('link').allTextContents());
const panel = (page: Page) => page.getByRole('complementary', { name: 'Volledigheid' });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });

function countText(count: number): string {
  return count === 0 ? 'Geen open punten: de werkagenda is compleet.' : count === 1 ? '1 open punt' : `${count} open punten`;
}

/** The panel shows exactly the gaps the shared rule finds in what the core has stored, and the matching count. */
async function expectPanelMatchesCore(page: Page): Promise<string[]> {
  await waitSaved(page);
  const expected = checkCompleteness(await storedAgenda(app, agendaId), actionTypes).gaps.map((gap) => gap.message);
  await expect.poll(() => gapTexts(page), { message: 'gap links match the stored agenda' }).toEqual(expected);
  await expect.poll(() => panel(page).textContent()).toContain(countText(expected.length));
  return expected;
}

/**
 * Follows the gap link `message`, checks that focus lands on `target`, runs `fix`, and
 * checks that the link is gone and the number of open points changed by `delta`
 * (-1, or more when fixing adds the next step's gaps, such as a new knelpunt's cause).
 */
async function followGap(page: Page, message: string, target: Locator, fix: (target: Locator) => Promise<void>, delta = -1): Promise<void> {
  const before = await gapTexts(page);
  expect(before, 'gap is listed before it is fixed').toContain(message);
  await gapLink(page, message).click();
  await expectFocused(target);
  await fix(target);
  await waitSaved(page);
  await expect.poll(() => gapTexts(page), { message: `gap “${message}” disappears` }).not.toContain(message);
  const after = await expectPanelMatchesCore(page);
  expect(after.length, `open points after fixing “${message}”`).toBe(before.length + delta);
}

async function typeAndLeave(input: Locator, value: string): Promise<void> {
  await input.fill(value);
  await input.blur();
}

interface ActionSpec {
  title: string;
  type: string;
  typeId: number;
  start: string;
  end: string;
  owner: string;
  target: { indicator: string; unit: string; value: string; deadline: string };
}

const actions: ActionSpec[] = [
  { title: 'Bestuurders ondertekenen de werkagenda', type: '3. Bestuurlijk commitment', typeId: 3, start: 'maart 2025', end: '06-2025', owner: 'Directeur Personeel',
    target: { indicator: 'Handtekeningen van bestuurders', unit: 'bestuurders', value: '4', deadline: '30-06-2025' } },
  { title: 'Meet and greets per krijgsmachtdeel', type: '8. Meet and greets voor managers, leidinggevenden en kandidaten', typeId: 8, start: '2025-04', end: 'december 2026', owner: 'Programmaleider banenafspraak',
    target: { indicator: 'Meet and greets gehouden', unit: 'bijeenkomsten', value: '8', deadline: '31 december 2026' } },
  { title: 'Training voor begeleiders', type: '12. Training voor begeleiders', typeId: 12, start: 'januari 2026', end: 'november 2026', owner: 'Defensie Opleidingscentrum',
    target: { indicator: 'Begeleiders getraind', unit: 'begeleiders', value: '29,5', deadline: '2026-11-30' } },
];
const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * "Bewerken: <titel>" / "Inklappen: <titel>". Chromium computes "Bewerken : <titel>" (the visually
 * hidden span is positioned, so it counts as a block), hence the optional space.
 */
const toggleButton = (action: Locator, verb: 'Bewerken' | 'Inklappen', title: string) => action.getByRole('button', { name: new RegExp(`^${verb}\\s?: ${escape(title)}$`) });

/** "Nieuwe actie": the action is added, opens, and its title gets the focus. */
async function addAction(page: Page, spec: ActionSpec): Promise<Locator> {
  const acties = region(page, 'Acties');
  await field(acties, 'Titel van de nieuwe actie').fill(spec.title);
  await field(acties, 'Actietype van de nieuwe actie').selectOption({ label: spec.type });
  const form = acties.getByRole('form', { name: 'Nieuwe actie' });
  await form.getByRole('group', { name: 'Wie voert de actie uit?' }).getByLabel('Sectorvertegenwoordiger / sectororganisatie').check();
  await form.getByRole('group', { name: 'Is de actie nieuw?' }).getByLabel('Nieuw', { exact: true }).check();
  await acties.getByRole('button', { name: 'Actie toevoegen' }).click();
  const added = card(page, spec.title);
  await expectFocused(field(added, 'Titel'));
  await expect.poll(() => toggleButton(added, 'Inklappen', spec.title).getAttribute('aria-expanded')).toBe('true');
  expect(await added.textContent()).toContain(`Actietype ${spec.type.replace('. ', ': ')}`);
  await waitSaved(page);
  return added;
}

/** Adds a measurable target in `scope`: focus goes to its Streefwaarde, then value and deadline are filled. */
async function addTarget(page: Page, scope: Locator, target: ActionSpec['target']): Promise<void> {
  const form = scope.getByRole('group', { name: 'Nieuw meetbaar doel' });
  await field(form, 'Indicator').fill(target.indicator);
  await field(form, 'Eenheid').fill(target.unit);
  await form.getByRole('button', { name: 'Doel toevoegen' }).click();
  const group = scope.getByRole('group', { name: new RegExp(`^Meetbaar doel \\d+: ${target.indicator}$`) });
  await expectFocused(field(group, 'Streefwaarde'));
  await typeAndLeave(field(group, 'Streefwaarde'), target.value);
  await typeAndLeave(field(group, 'Einddatum'), target.deadline);
  await waitSaved(page);
}

describe('drafting an agenda', () => {
  it('shows the start screen and refuses a new agenda without a sector', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: "Werkagenda’s" }).waitFor();
    await expect.poll(() => page.getByText("Er zijn nog geen werkagenda’s").count()).toBe(1);
    await expectAccessible(page, 'start (leeg)');
    await screenshot(page, 'plan-1-start');

    const form = region(page, 'Nieuwe werkagenda');
    expect(await field(form, 'Sector').locator('option').first().textContent()).toBe('Kies een sector');
    await form.getByRole('button', { name: 'Werkagenda aanmaken' }).click();
    await expect.poll(() => form.getByText('Kies een sector.').count()).toBe(1);
    expect(await field(form, 'Sector').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).not.toContain('/agenda/');
  });

  it('creates the agenda Defensie 2025-2026 and lists every gap of the empty draft', async () => {
    const { page } = app;
    const form = region(page, 'Nieuwe werkagenda');
    await field(form, 'Sector').selectOption({ label: 'Defensie' });
    await field(form, 'Beginjaar').fill('2025');
    // The end year and the title follow the sector and start year until a person types them.
    await expect.poll(() => field(form, 'Eindjaar').inputValue()).toBe('2026');
    await expect.poll(() => field(form, 'Titel').inputValue()).toBe(TITLE);
    await form.getByRole('button', { name: 'Werkagenda aanmaken' }).click();

    const h1 = page.getByRole('heading', { level: 1, name: TITLE });
    await expectFocused(h1);
    agendaId = /#\/agenda\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(agendaId).not.toBe('');
    expect(await field(page, 'Titel van de werkagenda').inputValue()).toBe(TITLE);
    expect(await page.locator('.wa-save-status').textContent()).toBe('Alle wijzigingen opgeslagen');

    const stored = await storedAgenda(app, agendaId);
    expect([stored.sectorName, stored.startYear, stored.endYear, stored.title, stored.status]).toEqual(['Defensie', 2025, 2026, TITLE, 'concept']);

    const significant = actionTypes.filter((type) => type.origin === 'significant');
    expect(await gapTexts(page)).toEqual([
      'De inleiding is nog leeg.',
      'De terugblik op de vorige werkagenda ontbreekt.',
      'De probleemanalyse heeft nog geen knelpunt.',
      'Er is nog geen doel voor het aantal banen per jaar.',
      'Er is nog geen meetbaar doel naast het aantal banen.',
      'De werkagenda heeft nog geen acties.',
      'Er staat nog niet hoe werkgevers verantwoording afleggen over hun inspanningen en resultaten.',
      ...significant.map((type) => `Actietype ${type.id} (${type.name}) wordt niet gebruikt: licht toe waarom niet.`),
      'Er zijn nog geen ondertekenaars: wie van het bestuur committeert zich aan deze werkagenda?',
    ]);
    const text = await panel(page).textContent();
    expect(text).toContain('0/12 actietypen');
    expect(text).toContain(countText(8 + significant.length));
    // The section navigation lists the eight parts in order.
    expect(await page.getByRole('navigation', { name: 'Onderdelen van de werkagenda' }).getByRole('link').allTextContents()).toEqual([
      'Inleiding', 'Terugblik', 'Probleemanalyse', 'Doelstellingen', 'Acties', 'Verantwoording door werkgevers', 'Toelichting niet-gebruikte actietypen', 'Ondertekenaars',
    ]);
    await expectAccessible(page, 'editor (leeg)');
    await screenshot(page, 'plan-2-editor-leeg');
  });

  it('writes the introduction and the look back through their gap links', async () => {
    const { page } = app;
    await followGap(page, 'De inleiding is nog leeg.', field(page, 'Inleiding en context'),
      (input) => typeAndLeave(input, 'Defensie wil in 2025-2026 68 banen realiseren en de aanpak in alle krijgsmachtdelen verankeren.'));
    expect(page.url()).toContain(`#/agenda/${agendaId}/inleiding?veld=veld-introduction`);
    await followGap(page, 'De terugblik op de vorige werkagenda ontbreekt.', field(page, 'Terugblik op de vorige werkagenda'),
      (input) => typeAndLeave(input, 'In 2023-2024 realiseerden we 36,2 van de 56,3 beoogde banen (64%).'));
  });

  it('adds a knelpunt from the catalogue and one in own words, each with a cause', async () => {
    const { page } = app;
    const analyse = region(page, 'Probleemanalyse');
    // Picking from the catalogue fills in title and description; adding moves focus to the new knelpunt's cause.
    await followGap(page, 'De probleemanalyse heeft nog geen knelpunt.', field(analyse, 'Titel van het nieuwe knelpunt'), async () => {
      const picker = field(analyse, 'Kies uit de catalogus');
      expect(await picker.locator('option').first().textContent()).toBe('Zelf formuleren');
      await picker.selectOption({ label: 'Formatiegestuurd HR-beleid' });
      expect(await field(analyse, 'Titel van het nieuwe knelpunt').inputValue()).toBe('Formatiegestuurd HR-beleid');
      expect(await field(analyse, 'Beschrijving van het nieuwe knelpunt').inputValue()).toMatch(/^Waar voor elke functie een vast budget is/);
      await analyse.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
      await expectFocused(field(card(page, 'Formatiegestuurd HR-beleid'), 'Oorzaak'));
      expect(await field(analyse, 'Titel van het nieuwe knelpunt').inputValue()).toBe('');
    }, +1); // no knelpunt any more, but this one has no cause and no action yet
    const formatie = card(page, 'Formatiegestuurd HR-beleid');
    expect(await field(formatie, 'Soort knelpunt (uit de catalogus)').locator('option:checked').textContent()).toBe('Formatiegestuurd HR-beleid');
    await followGap(page, `Bij knelpunt ${q('Formatiegestuurd HR-beleid')} staat nog geen oorzaak.`, field(formatie, 'Oorzaak'),
      (input) => typeAndLeave(input, 'Functies liggen vast in de formatie; aangepaste functies passen er niet in.'));

    await field(analyse, 'Titel van het nieuwe knelpunt').fill('Leidinggevenden kennen de doelgroep niet');
    await field(analyse, 'Beschrijving van het nieuwe knelpunt').fill('Weinig leidinggevenden hebben ooit met een kandidaat gewerkt.');
    await analyse.getByRole('button', { name: 'Knelpunt toevoegen' }).click();
    const onbekend = card(page, 'Leidinggevenden kennen de doelgroep niet');
    await expectFocused(field(onbekend, 'Oorzaak'));
    expect(await field(onbekend, 'Beschrijving').inputValue()).toBe('Weinig leidinggevenden hebben ooit met een kandidaat gewerkt.');
    await typeAndLeave(field(onbekend, 'Oorzaak'), 'Weinig contact met kandidaten.');
    await expectPanelMatchesCore(page);
    expect(await onbekend.getByRole('group', { name: 'Acties die dit knelpunt aanpakken' }).textContent()).toContain('Er zijn nog geen acties.');
  });

  it('sets the jobs per year and an agenda-wide measurable target', async () => {
    const { page } = app;
    const doelen = region(page, 'Doelstellingen');
    const jobs = doelen.getByRole('group', { name: 'Banendoel per jaar, zoals BZK telt' });
    await followGap(page, 'Er is nog geen doel voor het aantal banen per jaar.', field(jobs, 'Banen eind 2025'), async (input) => {
      await typeAndLeave(input, '56,3');
      await typeAndLeave(field(jobs, 'Banen eind 2026'), '68');
    });
    await typeAndLeave(field(doelen, 'Toelichting op de doelstellingen'), 'Het aantal banen groeit mee met het quotum.');

    const newTarget = doelen.getByRole('group', { name: 'Nieuw meetbaar doel' });
    await followGap(page, 'Er is nog geen meetbaar doel naast het aantal banen.', field(newTarget, 'Indicator'), async (input) => {
      await input.fill('Onderdelen met een banenplan');
      await field(newTarget, 'Eenheid').fill('werkgevers');
      await newTarget.getByRole('button', { name: 'Doel toevoegen' }).click();
      await expectFocused(field(doelen.getByRole('group', { name: 'Meetbaar doel 1: Onderdelen met een banenplan' }), 'Streefwaarde'));
    }, 0); // the new target still lacks its target value
    const target = doelen.getByRole('group', { name: 'Meetbaar doel 1: Onderdelen met een banenplan' });
    await followGap(page, `Het doel ${q('Onderdelen met een banenplan')} heeft nog geen streefwaarde.`, field(target, 'Streefwaarde'),
      (input) => typeAndLeave(input, '12'), 0); // now it lacks the deadline
    await followGap(page, `Het doel ${q('Onderdelen met een banenplan')} heeft nog geen einddatum.`, field(target, 'Einddatum'),
      (input) => typeAndLeave(input, '31-12-2026'));
    await expect.poll(() => field(target, 'Einddatum').inputValue()).toBe('31 december 2026');
  });

  it('adds three actions of different types with owner, planning and a target, led by their gap links', async () => {
    const { page } = app;
    const [first, second, third] = actions as [ActionSpec, ActionSpec, ActionSpec];

    // First action: every gap it brings is fixed by following its link.
    let added: Locator | undefined;
    await followGap(page, 'De werkagenda heeft nog geen acties.', field(region(page, 'Acties'), 'Titel van de nieuwe actie'), async () => {
      added = await addAction(page, first);
    }, +1); // -1 no actions, -1 type 3 now used, +3 owner, planning and target of the new action
    const bestuur = added!;
    expect(await bestuur.getByText('3 open punten').count()).toBe(1);
    const name = q(first.title);
    await followGap(page, `Bij actie ${name} staat nog niet wie de trekker is (wie verantwoordelijk is).`, field(bestuur, 'Trekker'), (input) => typeAndLeave(input, first.owner));
    await followGap(page, `Actie ${name} heeft nog geen planning (start- en eindmaand).`, field(bestuur, 'Startmaand'), async (input) => {
      await typeAndLeave(input, first.start);
      await typeAndLeave(field(bestuur, 'Eindmaand'), first.end);
    });
    await followGap(page, `Actie ${name} heeft nog geen meetbaar doel.`, field(bestuur.getByRole('group', { name: 'Nieuw meetbaar doel' }), 'Indicator'),
      () => addTarget(page, bestuur, first.target));
    await expect.poll(() => bestuur.getByText('Compleet', { exact: true }).count()).toBe(1);
    await expect.poll(() => field(bestuur, 'Startmaand').inputValue()).toBe('maart 2025');
    await expect.poll(() => field(bestuur, 'Eindmaand').inputValue()).toBe('juni 2025');

    // Second and third: filled in directly, with the other fields of an action.
    const meet = await addAction(page, second);
    await meet.getByRole('group', { name: 'Wie voert de actie uit?' }).getByLabel('Werkgevers in de sector').check();
    await meet.getByRole('group', { name: 'Is de actie nieuw?' }).getByLabel('Voortgezet uit de vorige werkagenda').check();
    await typeAndLeave(field(meet, 'Beschrijving'), 'Elk krijgsmachtdeel organiseert twee meet and greets per jaar.');
    await typeAndLeave(field(meet, 'Trekker'), second.owner);
    await typeAndLeave(field(meet, 'Startmaand'), second.start);
    await typeAndLeave(field(meet, 'Eindmaand'), second.end);
    const milestone = meet.getByRole('group', { name: 'Nieuwe mijlpaal' });
    await field(milestone, 'Omschrijving').fill('Eerste meet and greet bij de Landmacht');
    await field(milestone, 'Maand').fill('mei 2025');
    await milestone.getByRole('button', { name: 'Mijlpaal toevoegen' }).click();
    await meet.getByRole('group', { name: 'Mijlpaal 1' }).waitFor();
    await typeAndLeave(field(meet, 'Prognose aantal banen'), '12,5');
    // A further type: proefplaatsingen (9) counts for the score and needs no reason any more.
    await meet.getByRole('group', { name: 'Andere actietypen van deze actie' })
      .getByLabel('9. Proefplaatsingen, stages en werkervaringsplekken en andere manieren om kandidaten te leren kennen', { exact: true }).check();
    await addTarget(page, meet, second.target);
    await expectPanelMatchesCore(page);

    const training = await addAction(page, third);
    await typeAndLeave(field(training, 'Trekker'), third.owner);
    await addTarget(page, training, third.target);

    // A closed action opens when its gap link is followed, with focus on the field to fill.
    await toggleButton(training, 'Inklappen', third.title).click();
    const toggle = training.getByRole('button', { name: /^(Bewerken|Inklappen)\s?: Training voor begeleiders$/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => field(training, 'Startmaand').count()).toBe(0);
    await followGap(page, `Actie ${q(third.title)} heeft nog geen planning (start- en eindmaand).`, field(training, 'Startmaand'), async (input) => {
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await typeAndLeave(input, third.start);
      // An end before the start is refused inline and not saved.
      await typeAndLeave(field(training, 'Eindmaand'), 'december 2025');
      await expect.poll(() => training.getByText('De eindmaand moet na de startmaand liggen.').count()).toBe(1);
      expect(await field(training, 'Eindmaand').getAttribute('aria-invalid')).toBe('true');
      expect((await storedAgenda(app, agendaId)).actions.find((action) => action.title === third.title)?.endMonth).toBeNull();
      // So is a month that is not a month.
      await typeAndLeave(field(training, 'Eindmaand'), 'ergens in 2026');
      await expect.poll(() => training.getByText('Vul een maand in, bijvoorbeeld maart 2025.').count()).toBe(1);
      await typeAndLeave(field(training, 'Eindmaand'), third.end);
      await expect.poll(() => field(training, 'Eindmaand').getAttribute('aria-invalid')).toBeNull();
    });

    const texts = await gapTexts(page);
    expect(texts.filter((text) => /^(Actie “|Bij actie|De planning van actie)/.test(text))).toEqual([]);
    await expect.poll(() => panel(page).textContent()).toContain('4/12 actietypen');
    for (const spec of actions) await expect.poll(() => card(page, spec.title).getByText('Compleet', { exact: true }).count()).toBe(1);
  });

  it('links each knelpunt to the action that answers it, from either side', async () => {
    const { page } = app;
    const [first, second] = actions as [ActionSpec, ActionSpec];
    const formatie = card(page, 'Formatiegestuurd HR-beleid');
    // The link puts focus on the first action's checkbox in the knelpunt.
    await followGap(page, `Knelpunt ${q('Formatiegestuurd HR-beleid')} wordt nog door geen enkele actie aangepakt.`,
      formatie.getByRole('group', { name: 'Acties die dit knelpunt aanpakken' }).getByLabel(first.title, { exact: true }),
      (checkbox) => checkbox.check());
    // The other one from the action's side.
    const meet = card(page, second.title);
    const onbekend = 'Leidinggevenden kennen de doelgroep niet';
    await meet.getByRole('group', { name: 'Knelpunten die deze actie aanpakt' }).getByLabel(onbekend, { exact: true }).check();
    await waitSaved(page);
    await expect.poll(() => card(page, onbekend).getByRole('group', { name: 'Acties die dit knelpunt aanpakken' }).getByLabel(second.title, { exact: true }).isChecked()).toBe(true);
    await expect.poll(() => gapTexts(page)).not.toContain(`Knelpunt ${q(onbekend)} wordt nog door geen enkele actie aangepakt.`);
    await expectPanelMatchesCore(page);
  });

  it('writes the accountability, the reasons for unused types and adds a signatory', async () => {
    const { page } = app;
    await followGap(page, 'Er staat nog niet hoe werkgevers verantwoording afleggen over hun inspanningen en resultaten.', field(page, 'Hoe leggen werkgevers verantwoording af?'),
      (input) => typeAndLeave(input, 'Elk krijgsmachtdeel rapporteert per kwartaal aan de Bestuursstaf.'));

    const unusedSection = region(page, 'Toelichting niet-gebruikte actietypen');
    expect(await unusedSection.getByRole('list').first().getByRole('listitem').allTextContents()).toEqual([
      '3. Bestuurlijk commitment',
      '8. Meet and greets voor managers, leidinggevenden en kandidaten',
      '9. Proefplaatsingen, stages en werkervaringsplekken en andere manieren om kandidaten te leren kennen',
      '12. Training voor begeleiders',
    ]);
    const unused = actionTypes.filter((type) => type.origin === 'significant' && ![3, 8, 9, 12].includes(type.id));
    expect(unused.map((type) => type.id)).toEqual([1, 2, 6, 10, 11]);
    const [firstUnused, ...rest] = unused as [ActionType, ...ActionType[]];
    await followGap(page, `Actietype ${firstUnused.id} (${firstUnused.name}) wordt niet gebruikt: licht toe waarom niet.`,
      field(unusedSection, `Waarom niet: ${firstUnused.id}. ${firstUnused.name}`),
      (input) => typeAndLeave(input, 'Ambassadeurs zijn er al in elk krijgsmachtdeel.'));
    for (const type of rest) await typeAndLeave(field(unusedSection, `Waarom niet: ${type.id}. ${type.name}`), `Past niet bij Defensie in deze periode (${type.id}).`);
    await expectPanelMatchesCore(page);

    const signers = region(page, 'Ondertekenaars');
    await followGap(page, 'Er zijn nog geen ondertekenaars: wie van het bestuur committeert zich aan deze werkagenda?', field(signers, 'Naam van de nieuwe ondertekenaar'), async (input) => {
      await input.fill('J. de Vries');
      await signers.getByRole('button', { name: 'Ondertekenaar toevoegen' }).click();
      const signer = signers.getByRole('group', { name: 'Ondertekenaar 1: J. de Vries' });
      await expectFocused(field(signer, 'Functie'));
      await typeAndLeave(field(signer, 'Functie'), 'Secretaris-generaal');
      await typeAndLeave(field(signer, 'Organisatie'), 'Ministerie van Defensie');
    });
    const signer = signers.getByRole('group', { name: 'Ondertekenaar 1: J. de Vries' });
    const required = signer.getByLabel('Handtekening verplicht');
    expect(await required.isChecked()).toBe(true);
    await required.uncheck();
    await waitSaved(page);
    const noneRequired = 'Geen van de ondertekenaars is verplicht: maak ten minste één bestuurder verplicht.';
    await expect.poll(() => gapTexts(page)).toEqual([noneRequired]);
    await followGap(page, noneRequired, required, (checkbox) => checkbox.check());

    // Nothing is open any more.
    await expect.poll(() => panel(page).textContent()).toContain('Geen open punten: de werkagenda is compleet.');
    expect(await gapList(page).count()).toBe(0);
    await expectAccessible(page, 'editor (gevuld)');
    await screenshot(page, 'plan-3-editor-compleet');
  });

  it('refuses an empty action title inline and keeps the stored title', async () => {
    const { page } = app;
    const training = card(page, 'Training voor begeleiders');
    const title = field(training, 'Titel');
    await title.fill('');
    await title.blur();
    await expect.poll(() => training.getByText('Vul de titel van de actie in.').count()).toBe(1);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the field for a screen reader.
    expect(await title.getAttribute('aria-describedby')).toContain('-fout');
    await waitSaved(page);
    expect((await storedAgenda(app, agendaId)).actions.map((action) => action.title)).toContain('Training voor begeleiders');
    await expect.poll(() => training.getByRole('heading', { level: 3 }).textContent()).toBe('Training voor begeleiders');
    await expectAccessible(page, 'editor met foutmelding');
    await screenshot(page, 'plan-4-foutmelding');
    await typeAndLeave(title, 'Training voor begeleiders');
    await expect.poll(() => training.getByText('Vul de titel van de actie in.').count()).toBe(0);
    await waitSaved(page);
  });

  it('keeps everything after a reload', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/agenda/${agendaId}`);
    await page.reload();
    await expectFocused(page.getByRole('heading', { level: 1, name: TITLE }));
    await expect.poll(() => panel(page).textContent()).toContain('Geen open punten: de werkagenda is compleet.');
    expect(await panel(page).textContent()).toContain('4/12 actietypen');

    expect(await field(page, 'Inleiding en context').inputValue()).toBe('Defensie wil in 2025-2026 68 banen realiseren en de aanpak in alle krijgsmachtdelen verankeren.');
    expect(await field(page, 'Terugblik op de vorige werkagenda').inputValue()).toBe('In 2023-2024 realiseerden we 36,2 van de 56,3 beoogde banen (64%).');
    expect(await field(page, 'Hoe leggen werkgevers verantwoording af?').inputValue()).toBe('Elk krijgsmachtdeel rapporteert per kwartaal aan de Bestuursstaf.');

    expect(await region(page, 'Probleemanalyse').getByRole('article').evaluateAll((items) => items.map((item) => item.querySelector('h3')?.textContent)))
      .toEqual(['Formatiegestuurd HR-beleid', 'Leidinggevenden kennen de doelgroep niet']);
    expect(await field(card(page, 'Leidinggevenden kennen de doelgroep niet'), 'Oorzaak').inputValue()).toBe('Weinig contact met kandidaten.');
    const answers = (knelpunt: string) => card(page, knelpunt).getByRole('group', { name: 'Acties die dit knelpunt aanpakken' });
    expect(await answers('Formatiegestuurd HR-beleid').getByLabel(actions[0]!.title, { exact: true }).isChecked()).toBe(true);
    expect(await answers('Formatiegestuurd HR-beleid').getByLabel(actions[1]!.title, { exact: true }).isChecked()).toBe(false);
    expect(await answers('Leidinggevenden kennen de doelgroep niet').getByLabel(actions[1]!.title, { exact: true }).isChecked()).toBe(true);

    const doelen = region(page, 'Doelstellingen');
    expect(await field(doelen, 'Banen eind 2025').inputValue()).toBe('56,3');
    expect(await field(doelen, 'Banen eind 2026').inputValue()).toBe('68');
    const agendaTarget = doelen.getByRole('group', { name: 'Meetbaar doel 1: Onderdelen met een banenplan' });
    expect([await field(agendaTarget, 'Eenheid').inputValue(), await field(agendaTarget, 'Streefwaarde').inputValue(), await field(agendaTarget, 'Einddatum').inputValue()])
      .toEqual(['werkgevers', '12', '31 december 2026']);

    expect(await region(page, 'Acties').getByRole('article').evaluateAll((items) => items.map((item) => item.querySelector('h3')?.textContent)))
      .toEqual(actions.map((spec) => spec.title));
    const shown: Record<string, string[]> = {};
    for (const spec of actions) {
      const action = card(page, spec.title);
      expect(await action.textContent()).toContain(`Actietype ${spec.type.replace('. ', ': ')}`);
      // After a reload the actions are closed; open each one.
      const toggle = toggleButton(action, 'Bewerken', spec.title);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      await expect.poll(() => toggleButton(action, 'Inklappen', spec.title).getAttribute('aria-expanded')).toBe('true');
      const target = action.getByRole('group', { name: `Meetbaar doel 1: ${spec.target.indicator}` });
      shown[spec.title] = [
        await field(action, 'Titel').inputValue(), await field(action, 'Actietype').locator('option:checked').textContent() ?? '',
        await field(action, 'Trekker').inputValue(), await field(action, 'Startmaand').inputValue(), await field(action, 'Eindmaand').inputValue(),
        await field(target, 'Eenheid').inputValue(), await field(target, 'Streefwaarde').inputValue(), await field(target, 'Einddatum').inputValue(),
      ];
    }
    expect(shown).toEqual({
      'Bestuurders ondertekenen de werkagenda': ['Bestuurders ondertekenen de werkagenda', '3. Bestuurlijk commitment', 'Directeur Personeel', 'maart 2025', 'juni 2025', 'bestuurders', '4', '30 juni 2025'],
      'Meet and greets per krijgsmachtdeel': ['Meet and greets per krijgsmachtdeel', '8. Meet and greets voor managers, leidinggevenden en kandidaten', 'Programmaleider banenafspraak', 'april 2025', 'december 2026', 'bijeenkomsten', '8', '31 december 2026'],
      'Training voor begeleiders': ['Training voor begeleiders', '12. Training voor begeleiders', 'Defensie Opleidingscentrum', 'januari 2026', 'november 2026', 'begeleiders', '29,5', '30 november 2026'],
    });
    const meet = card(page, actions[1]!.title);
    expect(await meet.getByRole('group', { name: 'Wie voert de actie uit?' }).getByLabel('Werkgevers in de sector').isChecked()).toBe(true);
    expect(await meet.getByRole('group', { name: 'Is de actie nieuw?' }).getByLabel('Voortgezet uit de vorige werkagenda').isChecked()).toBe(true);
    expect(await field(meet, 'Prognose aantal banen').inputValue()).toBe('12,5');
    expect(await field(meet.getByRole('group', { name: 'Mijlpaal 1' }), 'Maand').inputValue()).toBe('mei 2025');
    expect(await meet.getByRole('group', { name: 'Knelpunten die deze actie aanpakt' }).getByLabel('Leidinggevenden kennen de doelgroep niet', { exact: true }).isChecked()).toBe(true);

    const signer = region(page, 'Ondertekenaars').getByRole('group', { name: 'Ondertekenaar 1: J. de Vries' });
    expect([await field(signer, 'Naam').inputValue(), await field(signer, 'Functie').inputValue(), await field(signer, 'Organisatie').inputValue(), await signer.getByLabel('Handtekening verplicht').isChecked()])
      .toEqual(['J. de Vries', 'Secretaris-generaal', 'Ministerie van Defensie', true]);
    await screenshot(page, 'plan-5-na-herladen');

    // And in the core itself.
    const agenda = await storedAgenda(app, agendaId);
    expect({
      introduction: agenda.introduction, lookback: agenda.lookback, accountability: agenda.accountability, objectives: agenda.objectives,
    }).toEqual({
      introduction: 'Defensie wil in 2025-2026 68 banen realiseren en de aanpak in alle krijgsmachtdelen verankeren.',
      lookback: 'In 2023-2024 realiseerden we 36,2 van de 56,3 beoogde banen (64%).',
      accountability: 'Elk krijgsmachtdeel rapporteert per kwartaal aan de Bestuursstaf.',
      objectives: 'Het aantal banen groeit mee met het quotum.',
    });
    const actionId = (title: string) => agenda.actions.find((action) => action.title === title)?.id;
    expect(agenda.knelpunten.map((k) => [k.title, k.catalogueId !== null, k.cause, k.answeredByActionIds])).toEqual([
      ['Formatiegestuurd HR-beleid', true, 'Functies liggen vast in de formatie; aangepaste functies passen er niet in.', [actionId(actions[0]!.title)]],
      ['Leidinggevenden kennen de doelgroep niet', false, 'Weinig contact met kandidaten.', [actionId(actions[1]!.title)]],
    ]);
    expect(agenda.actions.map((a) => [a.title, a.primaryTypeId, a.extraTypeIds, a.owner, a.startMonth, a.endMonth])).toEqual([
      [actions[0]!.title, 3, [], 'Directeur Personeel', '2025-03', '2025-06'],
      [actions[1]!.title, 8, [9], 'Programmaleider banenafspraak', '2025-04', '2026-12'],
      [actions[2]!.title, 12, [], 'Defensie Opleidingscentrum', '2026-01', '2026-11'],
    ]);
    const meetStored = agenda.actions[1]!;
    expect([meetStored.actor, meetStored.nature, meetStored.jobsPrognosis, meetStored.milestones.map((m) => [m.title, m.month])])
      .toEqual(['werkgevers', 'voortgezet', 12.5, [['Eerste meet and greet bij de Landmacht', '2025-05']]]);
    expect(agenda.targets.map((t) => [t.actionId === null ? null : agenda.actions.findIndex((a) => a.id === t.actionId), t.indicator, t.unit, t.targetValue, t.deadline])).toEqual(expect.arrayContaining([
      [null, 'Onderdelen met een banenplan', 'werkgevers', 12, '2026-12-31'],
      [0, 'Handtekeningen van bestuurders', 'bestuurders', 4, '2025-06-30'],
      [1, 'Meet and greets gehouden', 'bijeenkomsten', 8, '2026-12-31'],
      [2, 'Begeleiders getraind', 'begeleiders', 29.5, '2026-11-30'],
    ]));
    expect(agenda.targets).toHaveLength(4);
    expect(agenda.jobGoals).toEqual([{ year: 2025, jobs: 56.3 }, { year: 2026, jobs: 68 }]);
    expect(agenda.unusedTypeReasons.map((entry) => entry.typeId).sort((a, b) => a - b)).toEqual([1, 2, 6, 10, 11]);
    expect(agenda.signatories.map((s) => [s.name, s.function, s.organisation, s.required])).toEqual([['J. de Vries', 'Secretaris-generaal', 'Ministerie van Defensie', true]]);
    expect(checkCompleteness(agenda, actionTypes).gaps).toEqual([]);
  });

  it('deletes with confirmation, undoes, deletes again and restores from the bin', async () => {
    const { page } = app;
    // The app name in the header leads back to the start screen.
    await page.getByRole('banner').getByRole('link', { name: 'Werkagenda Banenafspraak' }).click();
    await page.getByRole('heading', { level: 1, name: "Werkagenda’s" }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Defensie' }).waitFor();
    const table = page.getByRole('table', { name: 'Defensie' });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: TITLE, exact: true }) });
    expect((await row.getByRole('cell').allTextContents()).slice(0, 4)).toEqual(['2025-2026', 'Concept', '4/12', '3']);
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Periode', 'Werkagenda', 'Status', 'Score', 'Acties', 'Laatst gewijzigd', 'Verwijderen']);

    const deleteButton = row.getByRole('button', { name: `Verwijderen ${TITLE}` });
    const dialog = page.getByRole('dialog', { name: 'Werkagenda verwijderen?' });
    // Cancel first: nothing happens and focus returns to the button.
    await deleteButton.click();
    await expectFocused(dialog.getByRole('button', { name: 'Annuleren' }));
    expect(await dialog.textContent()).toContain(`U verwijdert ${q(TITLE)} (Defensie, 2025-2026)`);
    await expectAccessible(page, 'verwijderdialoog');
    await screenshot(page, 'plan-6-verwijderdialoog');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expectFocused(deleteButton);
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await storedAgenda(app, agendaId)).title).toBe(TITLE);

    // Delete, then undo from the message.
    await deleteButton.click();
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    const notice = page.locator('#melding');
    await expect.poll(() => notice.textContent()).toContain(`Werkagenda ${q(TITLE)} is verwijderd.`);
    await expect.poll(async () => (await app.core.invoke('agenda.get', { id: agendaId })).ok).toBe(false);
    await expect.poll(() => page.getByRole('link', { name: TITLE, exact: true }).count()).toBe(0);
    await expectAccessible(page, 'start na verwijderen');
    await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => notice.textContent()).toContain(`Werkagenda ${q(TITLE)} is teruggezet.`);
    await expect.poll(async () => (await app.core.invoke('agenda.get', { id: agendaId })).ok).toBe(true);
    await page.getByRole('link', { name: TITLE, exact: true }).waitFor();

    // Delete again, and restore it from "Verwijderde werkagenda’s".
    await row.getByRole('button', { name: `Verwijderen ${TITLE}` }).click();
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    const bin = region(page, "Verwijderde werkagenda’s");
    await bin.waitFor();
    expect(await bin.textContent()).toContain(`${TITLE} (Defensie, 2025-2026)`);
    await expect.poll(() => page.getByRole('table', { name: 'Defensie' }).count()).toBe(0);
    await expectAccessible(page, 'start met verwijderde werkagenda');
    await screenshot(page, 'plan-7-verwijderd');
    await bin.getByRole('button', { name: `Terugzetten ${TITLE}` }).click();
    await expect.poll(async () => (await app.core.invoke('agenda.get', { id: agendaId })).ok).toBe(true);
    await page.getByRole('link', { name: TITLE, exact: true }).waitFor();
    await expect.poll(() => bin.count()).toBe(0);
    // Restored with all its content.
    expect((await storedAgenda(app, agendaId)).actions).toHaveLength(3);
    await page.getByRole('link', { name: TITLE, exact: true }).click();
    await expectFocused(page.getByRole('heading', { level: 1, name: TITLE }));
    await expect.poll(() => panel(page).textContent()).toContain('Geen open punten: de werkagenda is compleet.');
  });
});
