import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import type { ApiInput, ApiOutput, Channel } from '../../shared/api';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { coverage2022 } from '../support/overleg';
import { expectAccessible, expectFocused, screenshot, startApp, type App } from './harness';

/**
 * The dossierhoudersoverleg in the browser: four agendas of this installation
 * for 2025-2026 (Defensie signed and built on its previous agenda, Politie
 * offered for signing, Rijksoverheid and Gemeenten drafts), one imported from
 * another sector's installation (Mbo) and one altered file (Universiteiten),
 * which must be flagged and left out.
 */

let app: App;
let other: Core;
const downloads = mkdtempSync(join(tmpdir(), 'werkagenda-overleg-'));
beforeAll(async () => {
  app = await startApp();
  other = await startCore(join(downloads, 'andere-sector.sqlite'));
});
afterAll(async () => {
  await Promise.allSettled([app?.close(), other?.close()]);
  rmSync(downloads, { recursive: true, force: true });
});

async function call<C extends Channel>(core: Core, channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await core.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ApiOutput<C>;
}

/** An edit answers with what changed; these helpers want the whole agenda afterwards. */
async function edit<C extends Channel>(core: Core, channel: C, input: ApiInput<C>): Promise<AgendaDetail> {
  const answer = (await call(core, channel, input)) as { agenda: { id: string } };
  return call(core, 'agenda.get', { id: answer.agenda.id });
}

const sectorIds = new Map<string, string>();
const sectorId = (name: string) => sectorIds.get(name)!;

/** One agenda with an action per entry: [title, primary type, extra types, description]. */
async function agendaWith(core: Core, sector: string, actions: [string, number, number[], string][], startYear = 2025, endYear = 2026): Promise<AgendaDetail> {
  let agenda = await call(core, 'agenda.create', { sectorId: sectorId(sector), startYear, endYear, title: `Werkagenda ${sector} ${startYear}-${endYear}` });
  for (const [title, primaryTypeId, extraTypeIds, description] of actions) {
    agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title, primaryTypeId, extraTypeIds, description });
  }
  return agenda;
}

async function knelpunt(core: Core, agendaId: string, title: string, catalogueId: string | null, cause: string, answeredBy: string[] = []): Promise<void> {
  const { id } = (await call(core, 'knelpunt.create', { agendaId, title, catalogueId, cause, description: `${title}: zo zien wij het.` })).change.knelpunt;
  const agenda = await call(core, 'agenda.get', { id: agendaId });
  for (const actionId of answeredBy) {
    const action = agenda.actions.find((item) => item.id === actionId)!;
    await call(core, 'action.update', { id: actionId, patch: { knelpuntIds: [...action.knelpuntIds, id] } });
  }
}

async function signAll(core: Core, agendaId: string, signers: string[]): Promise<void> {
  let agenda: AgendaDetail | null = null;
  for (const name of signers) agenda = await edit(core, 'signatory.create', { agendaId, name, required: true });
  await call(core, 'revision.freeze', { agendaId, by: 'Dossierhouder' });
  for (const signatory of agenda!.signatories) {
    await call(core, 'signature.sign', { agendaId, revisionNumber: 1, signatoryId: signatory.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
  }
}

const defensieActions = {
  carried: 'Meet and greets per krijgsmachtdeel',
  krant: 'Goede voorbeelden in de Defensiekrant',
  praktijkdag: 'Praktijkdag voor leidinggevenden',
  website: 'Website met ervaringsverhalen',
};

async function seed(): Promise<void> {
  const { sectors } = await call(app.core, 'reference.get', {});
  for (const sector of sectors) sectorIds.set(sector.name, sector.id);
  const core = app.core;

  // Defensie: the agenda of 2023-2024 continues into 2025-2026, which is then signed by two board members.
  const previous = await agendaWith(core, 'Defensie', [[defensieActions.carried, 8, [], 'Leidinggevenden en kandidaten ontmoeten elkaar op de kazerne.']], 2023, 2024);
  await call(core, 'agenda.startNext', { id: previous.id });
  const list = await call(core, 'agenda.list', {});
  const defensieId = list.agendas.find((item) => item.title === 'Werkagenda Defensie 2025-2026')!.id;
  let defensie = await call(core, 'agenda.get', { id: defensieId });
  for (const [title, primaryTypeId, extraTypeIds, description] of [
    [defensieActions.krant, 5, [], 'Elk kwartaal een portret van een collega uit de doelgroep.'],
    [defensieActions.praktijkdag, 5, [12], 'Leidinggevenden zien op een praktijkdag hoe een collega wordt begeleid.'],
    [defensieActions.website, 5, [1], 'Ambassadeurs vertellen op de website over hun werk.'],
    ['Ondertekening door de bevelhebbers', 3, [], 'De bevelhebbers tekenen de werkagenda.'],
    ['Functies opknippen per krijgsmachtdeel', 6, [], 'Per krijgsmachtdeel worden taken gebundeld tot passende functies.'],
  ] as [string, number, number[], string][]) {
    defensie = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: defensieId, title, primaryTypeId, extraTypeIds, description });
  }
  const praktijkdag = defensie.actions.find((action) => action.title === defensieActions.praktijkdag)!;
  await knelpunt(core, defensieId, 'Weinig grip op de krijgsmachtdelen', 'knelpunt-K1', 'De krijgsmachtdelen werven zelf.', [praktijkdag.id]);
  defensie = await edit(core, 'target.create', { agendaId: defensieId, actionId: praktijkdag.id, level: 'middenweg', indicator: 'Praktijkdagen gehouden', unit: 'bijeenkomsten', baseline: 0, targetValue: 4 });
  await call(core, 'measurement.create', { targetId: defensie.targets[0]!.id, date: '2025-10-01', value: 2 });
  await call(core, 'agenda.update', { id: defensieId, patch: { accountability: 'Elk krijgsmachtdeel rapporteert per kwartaal.' } });
  await call(core, 'jobGoal.set', { agendaId: defensieId, year: 2025, jobs: 500 });
  await call(core, 'realisedJobs.create', { agendaId: defensieId, employerId: null, referenceDate: '2025-12-31', jobs: 450, kind: 'regulier' });
  await signAll(core, defensieId, ['Generaal Jansen', 'Kolonel de Wit']);

  // Politie: offered for signing, not signed yet.
  const politie = await agendaWith(core, 'Politie', [
    ['Ambassadeurs in elke eenheid', 1, [], 'Elke eenheid heeft een ambassadeur.'],
    ['Korpsleiding spreekt zich uit', 3, [], 'De korpsleiding zet de banenafspraak op de agenda.'],
    ['Kennismaken op het bureau', 8, [], 'Kandidaten lopen een dag mee.'],
    ['Training voor teamchefs', 12, [], 'Teamchefs leren begeleiden.'],
  ]);
  await knelpunt(core, politie.id, 'Teamchefs voelen zich niet aangesproken', 'knelpunt-K1', 'De afspraak komt van bovenaf.', [politie.actions[1]!.id]);
  await knelpunt(core, politie.id, 'Geen tijd voor de coördinator', 'knelpunt-K3', 'De coördinator doet dit naast ander werk.');
  await call(core, 'jobGoal.set', { agendaId: politie.id, year: 2026, jobs: 300 });
  await call(core, 'signatory.create', { agendaId: politie.id, name: 'Korpschef', required: true });
  await call(core, 'revision.freeze', { agendaId: politie.id, by: 'Dossierhouder Politie' });

  // Rijksoverheid: nine types, the highest score.
  const rijk = await agendaWith(core, 'Rijksoverheid', [2, 3, 4, 5, 6, 7, 9, 11, 12].map((type) => [`Rijk: actie van type ${type}`, type, [], `Toelichting bij type ${type}.`]));
  await knelpunt(core, rijk.id, 'Formatie laat weinig ruimte', 'knelpunt-K6', 'Elke functie heeft een vast budget.', [rijk.actions[2]!.id]);
  await call(core, 'jobGoal.set', { agendaId: rijk.id, year: 2025, jobs: 4710 });
  await call(core, 'realisedJobs.create', { agendaId: rijk.id, employerId: null, referenceDate: '2025-09-30', jobs: 3055, kind: 'regulier' });

  // Gemeenten: many employers, past its goal.
  const gemeenten = await agendaWith(core, 'Gemeenten', [
    ['Regionale werkgeversservicepunten', 2, [], 'Gemeenten werven via het WSP.'],
    ['Centrale pot voor jobcoaches', 4, [], 'Een gezamenlijk budget voor begeleiding.'],
    ['Nieuwsbrief met voorbeelden', 5, [], 'Elke maand een gemeente in beeld.'],
    ['Social return in aanbestedingen', 7, [], 'Vijf procent van de opdrachtwaarde.'],
  ]);
  await knelpunt(core, gemeenten.id, 'Gemeenten bepalen zelf', 'knelpunt-K1', 'De VNG kan gemeenten niets opleggen.', [gemeenten.actions[2]!.id]);
  await knelpunt(core, gemeenten.id, 'Weinig uren bij de VNG', 'knelpunt-K3', 'Eén adviseur voor 342 gemeenten.');
  await knelpunt(core, gemeenten.id, 'Krappe arbeidsmarkt in de regio', null, 'Er zijn weinig kandidaten.');
  await call(core, 'jobGoal.set', { agendaId: gemeenten.id, year: 2025, jobs: 9000 });
  await call(core, 'realisedJobs.create', { agendaId: gemeenten.id, employerId: null, referenceDate: '2025-06-30', jobs: 9500.5, kind: 'regulier' });

  // Another sector's installation: Mbo signed and exchanged as it is; Universiteiten altered after signing.
  for (const [sector, types] of [['Mbo', [3, 5, 7]], ['Universiteiten', [2, 5, 10]]] as const) {
    const agenda = await agendaWith(other, sector, types.map((type) => [`${sector}: actie van type ${type}`, type, [], `Toelichting ${type}.`]));
    await signAll(other, agenda.id, [`Bestuurder ${sector}`]);
    const text = Buffer.from((await call(other, 'exchange.export', { agendaId: agenda.id })).base64, 'base64').toString('utf8');
    if (sector === 'Mbo') {
      await call(core, 'exchange.import', { text });
    } else {
      const altered = JSON.parse(text) as { revisions: { content: { title: string } }[] };
      altered.revisions[0]!.content.title = 'Werkagenda Universiteiten 2025-2026 (aangepast)';
      await call(core, 'exchange.import', { text: JSON.stringify(altered), acceptProblems: true });
    }
  }
}

/** The visible text of each row of a table, cells separated by " | ". */
async function rowTexts(table: Locator): Promise<string[]> {
  return table.locator('tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children).map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).join(' | ').trim()));
}

async function download(page: Page, button: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file;
}

describe('Dossierhoudersoverleg in the browser', () => {
  it('compares the sectors: matrix, cell, plain table, checks, jobs, knelpunten, groups and exports', async () => {
    const { page } = app;
    await seed();

    // Open Overleg from the main menu.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleg' }).click();
    const h1 = page.getByRole('heading', { level: 1, name: 'Dossierhoudersoverleg' });
    await h1.waitFor();
    await expectFocused(h1);
    await expect.poll(() => page.title()).toBe('Dossierhoudersoverleg – Werkagenda Banenafspraak');
    expect(await page.getByLabel('Periode').locator('option').allTextContents()).toEqual(['2025-2026', '2023-2024']);
    expect(await page.getByLabel('Sectoren', { exact: true }).locator('option:checked').textContent()).toBe('Alle sectoren');

    // The compared agendas, and the altered file left out with its reason.
    const compared = page.getByRole('table', { name: "Vergeleken werkagenda’s" });
    expect(await rowTexts(compared)).toEqual([
      'Sector | Werkagenda | Periode | Versie | Ondertekening | Herkomst',
      'Gemeenten | Werkagenda Gemeenten 2025-2026 | 2025-2026 | Concept | Concept | Eigen',
      'Mbo | Werkagenda Mbo 2025-2026 | 2025-2026 | Versie 1 | Vastgesteld met onbevestigde sleutels (0 van 1 sleutel bevestigd), 1 geldige handtekening | Ingelezen',
      'Defensie | Werkagenda Defensie 2025-2026 | 2025-2026 | Versie 1 | Vastgesteld (2 van 2 sleutels bevestigd), 2 geldige handtekeningen | Eigen',
      'Politie | Werkagenda Politie 2025-2026 | 2025-2026 | Versie 1 | Ter ondertekening | Eigen',
      'Rijksoverheid | Werkagenda Rijksoverheid 2025-2026 | 2025-2026 | Concept | Concept | Eigen',
    ]);
    expect(await compared.getByRole('link').allTextContents()).toEqual([
      'Werkagenda Gemeenten 2025-2026', 'Werkagenda Defensie 2025-2026', 'Werkagenda Politie 2025-2026', 'Werkagenda Rijksoverheid 2025-2026',
    ]);
    const flagged = page.getByRole('region', { name: 'Niet vergeleken' });
    await flagged.getByText(/Universiteiten: Werkagenda Universiteiten 2025-2026\..*gewijzigd na het vastleggen/).waitFor();

    // The matrix: counts per type and sector, "x/5" per type, the score per agenda.
    const matrix = page.getByRole('grid', { name: 'Aantal acties per actietype en sector' });
    const matrixRows = await rowTexts(matrix);
    expect(matrixRows[0]).toBe("Actietype | Gemeenten | Mbo | Defensie | Politie | Rijksoverheid | Aantal werkagenda’s");
    expect(matrixRows.slice(1, 14).map((row) => row.replace(/^(\d+)\.[^|]*\|/, '$1 |'))).toEqual([
      '1 | 0 | 0 | 1 | 1 | 0 | 2/5',
      '2 | 1 | 0 | 0 | 0 | 1 | 2/5',
      '3 | 0 | 1 | 1 | 1 | 1 | 4/5',
      '4 | 1 | 0 | 0 | 0 | 1 | 2/5',
      '5 | 1 | 1 | 3 | 0 | 1 | 4/5',
      '6 | 0 | 0 | 1 | 0 | 1 | 2/5',
      '7 | 1 | 1 | 0 | 0 | 1 | 3/5',
      '8 | 0 | 0 | 1 | 1 | 0 | 2/5',
      '9 | 0 | 0 | 0 | 0 | 1 | 1/5',
      '10 | 0 | 0 | 0 | 0 | 0 | 0/5',
      '11 | 0 | 0 | 0 | 0 | 1 | 1/5',
      '12 | 0 | 0 | 1 | 1 | 1 | 3/5',
      'Score (aantal actietypen) | 4/12 | 3/12 | 6/12 | 4/12 | 9/12 |',
    ]);
    await expectAccessible(page, 'overleg');
    await screenshot(page, 'overleg');

    // Select a cell with the mouse: the actions behind it, with their descriptions; focus moves to them.
    await matrix.getByRole('button', { name: '3 acties van type 5 bij Defensie' }).click();
    const cellHeading = page.getByRole('heading', { level: 3, name: 'Type 5 bij Defensie: 3 acties' });
    await expectFocused(cellHeading);
    const cell = page.getByRole('region', { name: 'Type 5 bij Defensie: 3 acties' });
    expect(await cell.getByRole('heading', { level: 4 }).allTextContents()).toEqual([defensieActions.krant, defensieActions.praktijkdag, defensieActions.website]);
    await cell.getByText('Elk kwartaal een portret van een collega uit de doelgroep.').waitFor();
    expect(await matrix.getByRole('button', { name: '3 acties van type 5 bij Defensie' }).getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(page, 'overleg cel');
    await screenshot(page, 'overleg-cel', { fullPage: false });

    // With the keyboard: back to the matrix, one column right (Politie), one row down (type 6), Enter.
    await cell.getByRole('button', { name: 'Terug naar de matrix' }).click();
    await expectFocused(matrix.getByRole('button', { name: '3 acties van type 5 bij Defensie' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await expectFocused(matrix.getByRole('button', { name: '0 acties van type 4 bij Politie' }));
    await page.keyboard.press('End');
    await expectFocused(matrix.getByRole('button', { name: '1 actie van type 4 bij Rijksoverheid' }));
    await page.keyboard.press('Home');
    await expectFocused(matrix.getByRole('button', { name: '1 actie van type 4 bij Gemeenten' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
    await expectFocused(matrix.getByRole('button', { name: '1 actie van type 8 bij Defensie' }));
    await page.keyboard.press('Enter');
    await expectFocused(page.getByRole('heading', { level: 3, name: 'Type 8 bij Defensie: 1 actie' }));
    await page.getByText('Leidinggevenden en kandidaten ontmoeten elkaar op de kazerne.').waitFor();
    // Only one cell of the matrix is in the Tab order.
    expect(await matrix.locator('button[tabindex="0"]').count()).toBe(1);

    // The plain table: sortable by type number or by the number of agendas.
    await page.getByRole('button', { name: 'Als tabel' }).click();
    const plain = page.getByRole('table', { name: 'Aantal acties per actietype en sector (tabel)' });
    const typeHeader = plain.getByRole('columnheader', { name: 'Actietype' });
    const countHeader = plain.getByRole('columnheader', { name: "Aantal werkagenda’s" });
    expect(await typeHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await countHeader.getAttribute('aria-sort')).toBeNull();
    await countHeader.getByRole('button').click();
    await expect.poll(() => countHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await typeHeader.getAttribute('aria-sort')).toBeNull();
    const firstColumn = async () => (await rowTexts(plain)).slice(1, 13).map((row) => Number(row.split('.')[0]));
    expect(await firstColumn()).toEqual([3, 5, 7, 12, 1, 2, 4, 6, 8, 9, 11, 10]);
    await page.getByText("Gesorteerd op aantal werkagenda’s, meest gebruikte actietype eerst.").waitFor({ state: 'attached' });
    await expectAccessible(page, 'overleg tabel');
    await screenshot(page, 'overleg-tabel');
    await typeHeader.getByRole('button').click();
    await expect.poll(firstColumn).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // Sectors by score: Rijksoverheid (9) first.
    await page.getByLabel('Volgorde van de sectoren').selectOption({ label: 'Hoogste score eerst' });
    await expect.poll(async () => (await rowTexts(plain))[0]).toBe("Actietype | Rijksoverheid | Defensie | Gemeenten | Politie | Mbo | Aantal werkagenda’s");
    await page.getByLabel('Volgorde van de sectoren').selectOption({ label: 'In de vaste volgorde' });
    await page.getByRole('button', { name: 'Als matrix' }).click();

    // Cycle checks: Ja/Nee with what was found, and no total.
    const checks = page.getByRole('table', { name: 'Controles van de beleidscyclus per sector' });
    const checkRows = await rowTexts(checks);
    expect(checkRows[0]).toBe('Sector | Meetbare doelen naast het aantal banen | Metingen vastgelegd | Probleemanalyse met aangepakte knelpunten | Gebouwd op de vorige werkagenda'
      + ' | Vastgesteld met geldige handtekeningen | Niet-gebruikte actietypen toegelicht | Verantwoording door werkgevers beschreven');
    const defensieChecks = checkRows.find((row) => row.startsWith('Defensie'))!;
    expect(defensieChecks).toBe('Defensie | Ja 1 doel met een streefwaarde in een andere eenheid dan banen. | Ja Metingen bij 1 van de 1 doel: 1 op koers. | Ja 1 van de 1 knelpunt aangepakt met een actie.'
      + ' | Ja Voortgezet uit de vorige werkagenda. | Ja Vastgesteld met 2 geldige handtekeningen; 2 van 2 sleutels bevestigd. | Nee Geen toelichting bij actietype 2, 9, 10 en 11. | Ja Beschreven.');
    expect(checkRows.find((row) => row.startsWith('Politie'))).toContain('Nee 1 van de 2 knelpunten aangepakt met een actie.');
    expect(checkRows.join('\n')).not.toMatch(/totaal|Totaal|\d+\/7/);

    // Jobs: the chart's summary and the table with the same figures.
    const chart = page.getByRole('img', { name: /^Staafdiagram van het percentage van het doel/ });
    expect(await chart.getAttribute('aria-label')).toContain('Defensie: 90% (450 van 500), peildatum 31 december 2025');
    const jobs = page.getByRole('table', { name: 'Gerealiseerde banen tegenover het doel per sector' });
    expect(await rowTexts(jobs)).toEqual([
      'Sector | Jaar van het doel | Doel (banen) | Gerealiseerd | Peildatum | Percentage | Achterstand',
      // The same words as Banen en quotum (shared/jobsTable.ts): where the target comes from, and a mid-year date said as such.
      'Gemeenten | 2025 | 9.000 (doel van de werkagenda) | 9.500,5 | 30 juni 2025 (doel van de werkagenda voor eind 2025; de peildatum ligt vóór het einde van het jaar) | 106% | Doel gehaald',
      'Mbo | 2026 | Geen doel voor 2026 | Nog geen cijfer | Geen | Niet te berekenen | Niet te berekenen',
      'Defensie | 2025 | 500 (doel van de werkagenda) | 450 | 31 december 2025 | 90% | 50',
      'Politie | 2026 | 300 (doel van de werkagenda) | Nog geen cijfer | Geen | Niet te berekenen | Niet te berekenen',
      'Rijksoverheid | 2025 | 4.710 (doel van de werkagenda) | 3.055 | 30 september 2025 (doel van de werkagenda voor eind 2025; de peildatum ligt vóór het einde van het jaar) | 65% | 1.655',
    ]);

    // Shared knelpunten: K1 (three sectors) first, then K3 (two), K6 (one), Overig last; texts side by side.
    const knelpunten = page.getByRole('region', { name: 'Gedeelde knelpunten' });
    expect(await knelpunten.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'K1. Beperkt mandaat over werkgevers', 'K3. Weinig tijd en budget voor de sectorvertegenwoordiger', 'K6. Formatiegestuurd HR-beleid', 'Overig',
    ]);
    const k1 = knelpunten.getByRole('region', { name: 'K1. Beperkt mandaat over werkgevers' });
    await k1.getByText('Gedeeld door 3 sectoren').waitFor();
    expect(await k1.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['Gemeenten', 'Defensie', 'Politie']);
    await k1.getByText('De krijgsmachtdelen werven zelf.').waitFor();
    await k1.getByRole('listitem').filter({ hasText: defensieActions.praktijkdag }).first().waitFor();
    await knelpunten.getByRole('region', { name: 'K3. Weinig tijd en budget voor de sectorvertegenwoordiger' }).getByText('Gedeeld door 2 sectoren').waitFor();
    await screenshot(page, 'overleg-onderaan');

    // The built-in group "Sector is zelf werkgever": three columns left.
    await page.getByLabel('Sectoren', { exact: true }).selectOption({ label: 'Sector is zelf werkgever' });
    await expect.poll(async () => (await rowTexts(matrix))[0]).toBe("Actietype | Defensie | Politie | Rijksoverheid | Aantal werkagenda’s");
    expect((await rowTexts(matrix)).slice(1, 4).map((row) => row.replace(/^(\d+)\.[^|]*\|/, '$1 |'))).toEqual(['1 | 1 | 1 | 0 | 2/3', '2 | 0 | 0 | 1 | 1/3', '3 | 1 | 1 | 1 | 3/3']);
    expect(await rowTexts(compared)).toHaveLength(4);
    expect(await flagged.count()).toBe(0);
    expect(await knelpunten.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'K1. Beperkt mandaat over werkgevers', 'K3. Weinig tijd en budget voor de sectorvertegenwoordiger', 'K6. Formatiegestuurd HR-beleid',
    ]);
    await expectAccessible(page, 'overleg zelf werkgever');
    await screenshot(page, 'overleg-zelf-werkgever');

    // A group of one's own: one sector is refused in Dutch, two are saved and offered as a filter.
    const groups = page.getByRole('region', { name: 'Groepen van sectoren' });
    const form = groups.getByRole('form', { name: 'Groep toevoegen' });
    await form.getByLabel('Naam van de groep').fill('Defensie en Politie');
    await form.getByLabel('Defensie').check();
    await form.getByRole('button', { name: 'Groep toevoegen' }).click();
    await form.getByText('Kies ten minste twee sectoren voor een groep.').waitFor();
    await expectFocused(form.getByLabel('Gemeenten'));
    await expectAccessible(page, 'overleg groep fout');
    await form.getByLabel('Politie').check();
    await form.getByRole('button', { name: 'Groep toevoegen' }).click();
    await groups.getByText('De groep “Defensie en Politie” is toegevoegd. U kiest hem bovenaan bij Sectoren.').waitFor();
    const own = groups.getByRole('listitem').filter({ hasText: '(eigen groep)' });
    await own.getByRole('button', { name: 'Verwijderen groep Defensie en Politie' }).waitFor();
    expect(await own.getByText('Defensie en Politie', { exact: true }).allTextContents()).toHaveLength(2);
    expect(await form.getByLabel('Naam van de groep').inputValue()).toBe('');
    // The same name again is refused by the core, next to the name.
    await form.getByLabel('Naam van de groep').fill('Defensie en Politie');
    await form.getByLabel('Mbo').check();
    await form.getByLabel('Hbo').check();
    await form.getByRole('button', { name: 'Groep toevoegen' }).click();
    await form.getByText('Er is al een groep met de naam “Defensie en Politie”.').waitFor();
    await expectFocused(form.getByLabel('Naam van de groep'));
    await screenshot(page, 'overleg-groepen');

    await page.getByLabel('Sectoren', { exact: true }).selectOption({ label: 'Defensie en Politie' });
    await expect.poll(async () => (await rowTexts(matrix))[0]).toBe("Actietype | Defensie | Politie | Aantal werkagenda’s");

    // Exports for the chosen group: Word and the matrix as CSV.
    const word = await download(page, page.getByRole('button', { name: 'Exporteren naar Word' }));
    expect(word.suggestedFilename()).toBe("Vergelijking werkagenda’s 2025-2026 Defensie en Politie.docx");
    await page.getByRole('status').filter({ hasText: "Word-document gemaakt: Vergelijking werkagenda’s 2025-2026 Defensie en Politie.docx" }).waitFor();
    const wordFile = join(downloads, 'overleg.docx');
    await word.saveAs(wordFile);
    expect(readFileSync(wordFile).subarray(0, 2).toString()).toBe('PK');
    const documentXml = execFileSync('unzip', ['-p', wordFile, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(documentXml).toContain('Werkagenda Defensie 2025-2026');
    expect(documentXml).toContain('Defensie en Politie');
    expect(documentXml).not.toContain('Werkagenda Gemeenten');

    const csv = await download(page, page.getByRole('button', { name: 'Matrix als CSV' }));
    expect(csv.suggestedFilename()).toBe("Vergelijking werkagenda’s 2025-2026 Defensie en Politie.csv");
    await page.getByRole('status').filter({ hasText: "CSV-bestand gemaakt: Vergelijking werkagenda’s 2025-2026 Defensie en Politie.csv" }).waitFor();
    const csvFile = join(downloads, 'matrix.csv');
    await csv.saveAs(csvFile);
    const lines = readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe("Actietype;Defensie;Politie;Aantal agenda's");
    expect(lines[5]).toBe('5. Delen van goede voorbeelden;3;0;1');
    expect(lines[13]).toBe('Score;6 van 12;4 van 12;');
    await expectAccessible(page, 'overleg export');
    await screenshot(page, 'overleg-groep-export');

    // Change the group: another name and Rijksoverheid added; the filter shows three columns.
    await groups.getByRole('button', { name: 'Wijzigen groep Defensie en Politie' }).click();
    const change = groups.getByRole('form', { name: 'Groep “Defensie en Politie” wijzigen' });
    await expectFocused(change.getByLabel('Naam van de groep'));
    expect(await change.getByLabel('Politie').isChecked()).toBe(true);
    await change.getByLabel('Naam van de groep').fill('Rijk, Defensie en Politie');
    await change.getByLabel('Rijksoverheid').check();
    await change.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await groups.getByText('De groep “Rijk, Defensie en Politie” is gewijzigd.').waitFor();
    await groups.getByRole('form', { name: 'Groep toevoegen' }).waitFor();
    await page.getByLabel('Sectoren', { exact: true }).selectOption({ label: 'Rijk, Defensie en Politie' });
    await expect.poll(async () => (await rowTexts(matrix))[0]).toMatch(/Defensie.*Politie.*Rijksoverheid/);
    await expectAccessible(page, 'overleg groep gewijzigd');

    // Delete the group after confirming: the filter falls back to all sectors.
    await groups.getByRole('button', { name: 'Verwijderen groep Rijk, Defensie en Politie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Groep verwijderen?' });
    await dialog.waitFor();
    await expectAccessible(page, 'overleg groep verwijderen');
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await groups.getByText('De groep “Rijk, Defensie en Politie” is verwijderd.').waitFor();
    await expectFocused(groups.getByRole('heading', { level: 2, name: 'Groepen van sectoren' }));
    expect(await page.getByLabel('Sectoren', { exact: true }).locator('option:checked').textContent()).toBe('Alle sectoren');
    await expect.poll(async () => (await rowTexts(matrix))[0]).toContain('Gemeenten');

    // The other period: Defensie 2023-2024 alone.
    await page.getByLabel('Periode').selectOption('2023-2024');
    await expect.poll(async () => (await rowTexts(matrix))[0]).toBe("Actietype | Defensie | Aantal werkagenda’s");
    expect(await flagged.count()).toBe(0);
  });

  it('fits the matrix of twelve sectors on a laptop screen without scrolling sideways', async () => {
    const { page } = app;
    const present = new Set(['Gemeenten', 'Mbo', 'Defensie', 'Politie', 'Rijksoverheid']);
    for (const [sector, , types] of coverage2022.filter(([name]) => !present.has(name))) {
      const agenda = await agendaWith(app.core, sector, types.map((type) => [`${sector}: actie van type ${type}`, type, [], '']));
      await knelpunt(app.core, agenda.id, `Beperkt mandaat bij ${sector}`, 'knelpunt-K1', '');
    }
    await page.reload();
    const matrix = page.getByRole('grid', { name: 'Aantal acties per actietype en sector' });
    await expect.poll(async () => (await rowTexts(matrix))[0]).toBe(`Actietype | ${coverage2022.map(([name]) => name).join(' | ')} | Aantal werkagenda’s`);
    expect((await rowTexts(matrix)).at(-1)!.match(/\d+\/12/g)).toHaveLength(12);
    await matrix.getByRole('button', { name: '1 actie van type 12 bij Rijksoverheid' }).waitFor();
    for (const table of [matrix, page.getByRole('table', { name: 'Controles van de beleidscyclus per sector' })]) {
      const wrapper = table.locator('xpath=..');
      expect(await wrapper.evaluate((element) => element.scrollWidth - element.clientWidth), 'scrolls sideways').toBeLessThanOrEqual(0);
    }
    await page.getByRole('region', { name: 'K1. Beperkt mandaat over werkgevers' }).getByText('Gedeeld door 10 sectoren').waitFor();
    await expectAccessible(page, 'overleg twaalf sectoren');
    await screenshot(page, 'overleg-twaalf');
  });
});
