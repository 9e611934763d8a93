import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaSummary } from '../../shared/domain/agenda';
import { expectAccessible, focusIsVisible, screenshot, startApp, storedAgenda, waitSaved, type App } from './harness';

// The whole Plan flow with the keyboard alone, as a keyboard or screen-reader user works:
// no clicks and no locator.focus(); only Tab, Shift+Tab, Enter, Space, arrow keys, Escape and typing.
// Far places are reached the way such a user reaches them: the skip link, the section
// navigation and the gap links of the completeness panel.

let app: App;
let agendaId = '';
const TITLE = 'Werkagenda Defensie met het toetsenbord';

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** The name a person hears for the focused element: its label, aria-label or text. */
const focusedName = (page: Page) => page.evaluate(() => {
  const element = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
  if (!element || element === document.body) return '';
  const label = element.labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? '';
  return label.replace(/\s+/g, ' ').trim();
});

const focusedTag = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}${(document.activeElement as HTMLInputElement | null)?.type ? `:${(document.activeElement as HTMLInputElement).type}` : ''}`);

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `limit` presses. */
async function tabTo(page: Page, name: string | RegExp, { backward = false, limit = 150 } = {}): Promise<void> {
  const seen: string[] = [];
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
    seen.push(current);
  }
  throw new Error(`${backward ? 'Shift+Tab' : 'Tab'} never reached “${name}”; last stops: ${seen.slice(-8).join(' | ')}`);
}

async function expectFocusOn(page: Page, name: string | RegExp): Promise<void> {
  await expect.poll(() => focusedName(page), { timeout: 5_000 }).toMatch(typeof name === 'string' ? new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : name);
}

async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  expect(await focusIsVisible(page), `visible focus on ${what} (${await focusedName(page)})`).toBe(true);
}

describe('the whole flow works with the keyboard alone', () => {
  it('starts with the skip link, which shows where the focus is and leads to the content', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: "Werkagenda’s" }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Naar de inhoud');
    await expectVisibleFocus(page, 'skip link');
    // The skip link is visible while it has focus.
    expect(await page.getByRole('link', { name: 'Naar de inhoud' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
  });

  it('creates an agenda from the start form', async () => {
    const { page } = app;
    await tabTo(page, 'Sector');
    await expectVisibleFocus(page, 'select');
    await page.keyboard.type('Defensie');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Beginjaar');
    await expectVisibleFocus(page, 'text input');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2025');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Titel');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Werkagenda aanmaken');
    await expectVisibleFocus(page, 'button');
    await page.keyboard.press('Enter');
    // The editor opens with focus on its h1.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await focusedName(page)).toBe(TITLE);
    agendaId = /#\/agenda\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(agendaId).not.toBe('');
  });

  it('reaches Probleemanalyse by the section navigation and adds a knelpunt from the catalogue', async () => {
    const { page } = app;
    // The section navigation comes before the content: back from the h1 with Shift+Tab.
    await tabTo(page, 'Probleemanalyse', { backward: true });
    await expectVisibleFocus(page, 'section link');
    await page.keyboard.press('Enter');
    // The link has the same name as the heading it leads to: wait for the heading itself.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 }).toBe('kop-probleemanalyse');
    await expectFocusOn(page, 'Probleemanalyse');

    await tabTo(page, 'Kies uit de catalogus');
    // Arrow keys pick from a closed select; the catalogue fills in the title.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Titel van het nieuwe knelpunt').inputValue()).toBe('Beperkt mandaat over werkgevers');
    await tabTo(page, 'Titel van het nieuwe knelpunt');
    await page.keyboard.press('Enter');
    // Focus moves to the new knelpunt's cause.
    await expectFocusOn(page, 'Oorzaak');
    await page.keyboard.type('Werkgevers beslissen zelf over hun formatie.');
    await page.keyboard.press('Tab');
    await waitSaved(page);
  });

  it('adds an action with its type, owner, performer, planning, knelpunt and a target', async () => {
    const { page } = app;
    await tabTo(page, 'Titel van de nieuwe actie');
    await page.keyboard.type('Meet and greets per krijgsmachtdeel');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Actietype van de nieuwe actie');
    await page.keyboard.type('8. Meet');
    // Who carries it out and its nature: nothing chosen beforehand; Tab enters each group, Space chooses.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Sectorvertegenwoordiger / sectororganisatie');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Nieuw');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Actie toevoegen');
    await page.keyboard.press('Enter');
    // The new action opens with its title focused.
    await expectFocusOn(page, 'Titel');
    expect(await page.getByRole('article', { name: 'Meet and greets per krijgsmachtdeel' }).count()).toBe(1);

    // Radio buttons: one Tab stop, arrow keys choose.
    await tabTo(page, 'Sectorvertegenwoordiger / sectororganisatie');
    expect(await focusedTag(page)).toBe('input:radio');
    await expectVisibleFocus(page, 'radio button');
    await page.keyboard.press('ArrowDown');
    await expectFocusOn(page, 'Werkgevers in de sector');
    await waitSaved(page);

    await tabTo(page, 'Trekker');
    await page.keyboard.type('Programmaleider');
    await tabTo(page, 'Startmaand');
    await page.keyboard.type('maart 2025');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Eindmaand');
    await page.keyboard.type('december 2026');
    await page.keyboard.press('Tab');
    await waitSaved(page);

    // Checkbox with Space: this action answers the knelpunt.
    await tabTo(page, 'Beperkt mandaat over werkgevers');
    expect(await focusedTag(page)).toBe('input:checkbox');
    await expectVisibleFocus(page, 'checkbox');
    await page.keyboard.press('Space');
    await waitSaved(page);

    // A measurable target: Enter in the unit adds it and focus goes to its target value.
    await tabTo(page, 'Indicator');
    await page.keyboard.type('Meet and greets gehouden');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Eenheid');
    await page.keyboard.type('bijeenkomsten');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'Streefwaarde');
    await page.keyboard.type('8');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Einddatum');
    await page.keyboard.type('31-12-2026');
    await page.keyboard.press('Tab');
    await waitSaved(page);
  });

  it('follows gap links with Enter to add a signatory and write the introduction', async () => {
    const { page } = app;
    // The completeness panel comes after the content.
    await tabTo(page, 'Er zijn nog geen ondertekenaars: wie van het bestuur committeert zich aan deze werkagenda?');
    await expectVisibleFocus(page, 'gap link');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'Naam van de nieuwe ondertekenaar');
    await page.keyboard.type('J. de Vries');
    await page.keyboard.press('Enter');
    // Focus goes to the new signatory's function.
    await expectFocusOn(page, 'Functie');
    await page.keyboard.type('Secretaris-generaal');
    await page.keyboard.press('Tab');
    await waitSaved(page);

    await tabTo(page, 'De inleiding is nog leeg.');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'Inleiding en context');
    await page.keyboard.type('Met het toetsenbord geschreven.');
    await page.keyboard.press('Tab');
    await waitSaved(page);
    await expect.poll(() => page.getByRole('list', { name: 'Open punten' }).getByRole('link', { name: 'De inleiding is nog leeg.' }).count()).toBe(0);
    await expectAccessible(page, 'editor na toetsenbord');
    await screenshot(page, 'toetsenbord-editor');
  });

  it('has stored everything that was typed', async () => {
    const list = await app.core.invoke('agenda.list', {});
    expect(list.ok && (list.value as { agendas: AgendaSummary[] }).agendas.map((agenda) => agenda.title)).toEqual([TITLE]);
    const agenda = await storedAgenda(app, agendaId);
    expect([agenda.sectorName, agenda.startYear, agenda.endYear, agenda.title]).toEqual(['Defensie', 2025, 2026, TITLE]);
    expect(agenda.introduction).toBe('Met het toetsenbord geschreven.');
    expect(agenda.knelpunten.map((k) => [k.title, k.catalogueId !== null, k.cause])).toEqual([
      ['Beperkt mandaat over werkgevers', true, 'Werkgevers beslissen zelf over hun formatie.'],
    ]);
    const [action] = agenda.actions;
    expect(agenda.actions.map((a) => [a.title, a.primaryTypeId, a.actor, a.owner, a.startMonth, a.endMonth])).toEqual([
      ['Meet and greets per krijgsmachtdeel', 8, 'werkgevers', 'Programmaleider', '2025-03', '2026-12'],
    ]);
    expect(agenda.knelpunten[0]!.answeredByActionIds).toEqual([action!.id]);
    expect(agenda.targets.map((t) => [t.actionId, t.indicator, t.unit, t.targetValue, t.deadline])).toEqual([
      [action!.id, 'Meet and greets gehouden', 'bijeenkomsten', 8, '2026-12-31'],
    ]);
    expect(agenda.signatories.map((s) => [s.name, s.function, s.required])).toEqual([['J. de Vries', 'Secretaris-generaal', true]]);
  });

  it('deletes and undoes on the start screen, with Escape cancelling the dialog', async () => {
    const { page } = app;
    // Back up to the app name in the header and follow it.
    await tabTo(page, 'Werkagenda Banenafspraak', { backward: true });
    await expectVisibleFocus(page, 'header link');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: "Werkagenda’s" }).waitFor();

    await tabTo(page, `Verwijderen ${TITLE}`);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Werkagenda verwijderen?' }).waitFor();
    await expectFocusOn(page, 'Annuleren');
    await expectVisibleFocus(page, 'dialog button');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expectFocusOn(page, `Verwijderen ${TITLE}`);
    expect((await storedAgenda(app, agendaId)).title).toBe(TITLE);

    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'Annuleren');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Verwijderen');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app.core.invoke('agenda.get', { id: agendaId })).ok).toBe(false);
    // Focus moves to the message, from which "Ongedaan maken" is one Tab away.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('melding');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Ongedaan maken');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app.core.invoke('agenda.get', { id: agendaId })).ok).toBe(true);
    await page.getByRole('link', { name: TITLE, exact: true }).waitFor();
  });
});
