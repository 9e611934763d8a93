import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail, AgendaSummary } from '../../shared/domain/agenda';
import { expectAccessible, screenshot, startApp, type App } from './harness';

// The whole Plan flow with the keyboard alone: no clicks, only Tab, Enter, Space and typing,
// as a keyboard or screen-reader user works.

let app: App;
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

/** Presses Tab until the focused element's name matches; fails after `limit` presses. */
async function tabTo(page: Page, name: string | RegExp, limit = 250): Promise<void> {
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
  });
}

async function savedAll(page: Page) {
  await expect.poll(() => page.getByRole('status').filter({ hasText: /opgeslagen|opslaan/ }).first().textContent(), { timeout: 10_000 })
    .toBe('Alle wijzigingen opgeslagen');
}

describe('keyboard only', () => {
  it('starts with the skip link and shows where the focus is', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: "Werkagenda's" }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Naar de inhoud');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
  });

  it('drafts an agenda with a knelpunt, an action with planning and target, and a signatory', async () => {
    const { page } = app;
    await tabTo(page, 'Sector');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type('Defensie');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2025');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2026');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Werkagenda Defensie met het toetsenbord');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Werkagenda Defensie met het toetsenbord' }).waitFor();

    await tabTo(page, 'Titel van het nieuwe knelpunt');
    await page.keyboard.type('Weinig tijd voor de banenafspraak');
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Weinig tijd voor de banenafspraak' }).waitFor();

    await tabTo(page, 'Titel van de nieuwe actie');
    await page.keyboard.type('Meet and greets per krijgsmachtdeel');
    await page.keyboard.press('Tab');
    await page.keyboard.type('8. Meet');
    await tabTo(page, 'Actie toevoegen');
    await page.keyboard.press('Enter');
    // The new action opens with its title focused.
    await expect.poll(() => focusedName(page)).toBe('Titel');

    await tabTo(page, /^Startmaand/);
    await page.keyboard.type('maart 2025');
    await tabTo(page, /^Eindmaand/);
    await page.keyboard.type('december 2026');
    await tabTo(page, /^Eigenaar/);
    await page.keyboard.type('Programmaleider');
    await tabTo(page, 'Indicator');
    await page.keyboard.type('Meet and greets gehouden');
    await page.keyboard.press('Tab');
    await page.keyboard.type('bijeenkomsten');
    await tabTo(page, 'Doel toevoegen');
    await page.keyboard.press('Enter');
    // Focus goes to the new target's target value.
    await expect.poll(() => focusedName(page)).toMatch(/^Streefwaarde/);
    await page.keyboard.type('8');
    await page.keyboard.press('Tab');
    await savedAll(page);

    await tabTo(page, 'Naam van de nieuwe ondertekenaar');
    await page.keyboard.type('J. de Vries');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: /Ondertekenaar 1: J\. de Vries/ }).waitFor();
    await savedAll(page);
    await expectAccessible(page, 'editor na toetsenbord');
    await screenshot(page, 'toetsenbord-editor');

    const list = await app.core.invoke('agenda.list', {});
    const summary = (list.ok ? (list.value as { agendas: AgendaSummary[] }).agendas : []).find((a) => a.title === 'Werkagenda Defensie met het toetsenbord');
    expect(summary).toBeDefined();
    const result = await app.core.invoke('agenda.get', { id: summary!.id });
    const agenda = (result.ok ? result.value : null) as AgendaDetail;
    expect(agenda.sectorName).toBe('Defensie');
    expect([agenda.startYear, agenda.endYear]).toEqual([2025, 2026]);
    expect(agenda.knelpunten.map((k) => k.title)).toEqual(['Weinig tijd voor de banenafspraak']);
    expect(agenda.actions.map((a) => [a.title, a.primaryTypeId, a.startMonth, a.endMonth, a.owner])).toEqual([
      ['Meet and greets per krijgsmachtdeel', 8, '2025-03', '2026-12', 'Programmaleider'],
    ]);
    expect(agenda.targets.map((t) => [t.indicator, t.unit, t.targetValue])).toEqual([['Meet and greets gehouden', 'bijeenkomsten', 8]]);
    expect(agenda.signatories.map((s) => s.name)).toEqual(['J. de Vries']);
  });

  it('follows a gap link with Enter to the field that fixes it', async () => {
    const { page } = app;
    await tabTo(page, 'De inleiding is nog leeg.');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Inleiding en context');
    await page.keyboard.type('Met het toetsenbord geschreven.');
    await page.keyboard.press('Tab');
    await savedAll(page);
    await expect.poll(() => page.getByRole('list', { name: 'Open punten' }).getByRole('link', { name: 'De inleiding is nog leeg.' }).count()).toBe(0);
  });
});
