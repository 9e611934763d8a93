import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { todayIso } from '../../shared/domain/monitoring';
import { formatDate } from '../../shared/format';
import { defensieId, edit } from '../support/core';
import { type App, expectAccessible, expectFocused, invoke, screenshot, startApp, waitSaved } from './harness';

// Two installations, each with its own database: Defensie's (A) and the overleg's (B).
let sector: App;
let overleg: App;
const downloads = mkdtempSync(join(tmpdir(), 'werkagenda-lessen-'));
beforeAll(async () => {
  sector = await startApp();
  overleg = await startApp();
});
afterAll(async () => {
  const closed = await Promise.allSettled([sector?.close(), overleg?.close()]);
  rmSync(downloads, { recursive: true, force: true });
  const failed = closed.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
});


const title = 'Werkagenda Defensie 2025-2026';
const actionTitle = 'Meet and greets per krijgsmachtdeel';
const indicator = 'Meet and greets gehouden';
const lesson = 'Laat leidinggevenden de kandidaten zelf uitnodigen.';

describe('the overleg of a second installation learns from the evaluation', () => {
  it('carries a measurement and a lesson entered in A through the exchange file into B’s Overleg', async () => {
    // Installation A: the plan is there; the execution is entered through the screens.
    let agenda = await invoke<AgendaDetail>(sector, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title });
    agenda = await edit(sector.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: actionTitle, primaryTypeId: 8, owner: 'Programmaleider' });
    await invoke(sector, 'target.create', { agendaId: agenda.id, actionId: agenda.actions[0]!.id, level: 'middenweg', indicator, unit: 'bijeenkomsten', baseline: 0, targetValue: 8, deadline: '2026-12-31' });
    await invoke(sector, 'target.create', { agendaId: agenda.id, actionId: null, level: 'smal', indicator: 'Werkgevers die meedoen', unit: 'werkgevers', targetValue: 20, deadline: '2026-12-31' });
    await invoke(sector, 'quotum.set', { year: 2025, percentage: 2.5, source: 'Raming Defensie' });
    await invoke(sector, 'settings.update', { userName: 'Sanne Bakker' });

    const { page } = sector;
    await page.goto(`${sector.url}#/agenda/${agenda.id}/voortgang`);
    await page.getByRole('heading', { level: 1, name: `Voortgang: ${title}` }).waitFor();
    const target = page.getByRole('region', { name: indicator });
    const measurement = target.getByRole('form', { name: `Meting toevoegen: ${indicator}` });
    await measurement.getByLabel('Datum').fill('30-11-2025');
    await measurement.getByLabel('Waarde (bijeenkomsten)').fill('8');
    await measurement.getByLabel('Bron').fill('Programmabureau');
    await measurement.getByRole('button', { name: 'Meting toevoegen' }).click();
    await target.getByText('Status: Behaald', { exact: true }).waitFor();
    await page.getByRole('article', { name: actionTitle }).getByLabel('Status van de actie').selectOption({ label: 'Afgerond' });
    // The day of the change is filled in beside the status.
    await expect.poll(() => page.getByRole('article', { name: actionTitle }).getByLabel('Status sinds', { exact: true }).inputValue()).toBe(formatDate(todayIso()));
    await expectAccessible(page, 'voortgang met meting');
    await screenshot(page, 'lessen-a-voortgang');

    await page.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Evaluatie' }).click();
    await page.getByRole('heading', { level: 1, name: `Evaluatie: ${title}` }).waitFor();
    const action = page.getByRole('article', { name: actionTitle });
    await action.getByRole('group', { name: 'Werkte de actie?' }).getByLabel('Werkte', { exact: true }).check();
    await action.getByLabel('Waarom (niet)?').fill('Teams en kandidaten leerden elkaar kennen.');
    await action.getByLabel('Wat hebben we geleerd?').fill(lesson);
    await action.getByLabel('Wat hebben we geleerd?').blur();
    await waitSaved(page);
    await expectAccessible(page, 'evaluatie met les');
    await screenshot(page, 'lessen-a-evaluatie');

    // The exchange file, exported on the Ondertekening screen.
    await page.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Ondertekening' }).click();
    await page.getByRole('heading', { level: 1, name: `Ondertekening: ${title}` }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Uitwisselbestand exporteren' }).click()]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const sent = JSON.parse(readFileSync(file, 'utf8')) as { monitoring: { evaluations: { lesson: string }[]; actionStatuses: { status: string }[] } };
    expect(sent.monitoring.evaluations.map((item) => item.lesson)).toEqual([lesson]);
    expect(sent.monitoring.actionStatuses.map((item) => item.status)).toEqual(['afgerond']);

    // Installation B reads it in through the start screen.
    const board = overleg.page;
    const importSection = board.getByRole('region', { name: 'Uitwisselbestand importeren' });
    const [chooser] = await Promise.all([board.waitForEvent('filechooser'), importSection.getByRole('button', { name: 'Werkagenda importeren' }).click()]);
    await chooser.setFiles(file);
    const preview = importSection.getByRole('region', { name: title });
    await preview.getByRole('button', { name: 'Toevoegen' }).click();
    await importSection.getByRole('status').getByText(`Werkagenda “${title}” is toegevoegd.`).waitFor();

    // B's Overleg: the target status and the lesson under the action type.
    await board.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleg' }).click();
    await board.getByRole('heading', { level: 1, name: 'Dossierhoudersoverleg' }).waitFor();
    const checks = board.getByRole('table', { name: 'Controles van de beleidscyclus per sector' });
    await checks.getByText('Metingen bij 1 van de 2 doelen: 1 behaald.').waitFor();
    const targets = board.getByRole('table', { name: 'Doelen per sector naar stand' });
    await expect.poll(() => targets.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/Sector\s+Behaald\s+Op koers\s+Loopt achter\s+Nog niet gemeten\s+Totaal/),
      expect.stringMatching(/Defensie\s+1\s+0\s+0\s+1\s+2/),
    ]);

    // "Op deze pagina" moves the keyboard focus to the section; the type and the sector are headings.
    const toc = board.getByRole('navigation', { name: 'Op deze pagina' });
    await toc.getByRole('link', { name: 'Wat werkte per actietype' }).focus();
    await board.keyboard.press('Enter');
    const lessons = board.getByRole('region', { name: 'Wat werkte per actietype' });
    await expectFocused(lessons.getByRole('heading', { level: 2, name: 'Wat werkte per actietype' }));
    const type = lessons.getByRole('region', { name: /^8\. / });
    await type.getByText('1 actie werkte, 0 deels, 0 niet; in 1 sector.').waitFor();
    await type.getByRole('heading', { level: 4, name: 'Defensie' }).waitFor();
    await type.getByText(lesson).waitFor();
    expect(await type.getByRole('definition').allInnerTexts()).toEqual(['Werkte', 'Teams en kandidaten leerden elkaar kennen.', lesson]);
    await expectAccessible(board, 'overleg met lessen');
    await screenshot(board, 'lessen-b-overleg');
    await lessons.scrollIntoViewIfNeeded();
    await screenshot(board, 'lessen-b-overleg-lessen', { fullPage: false });

    // B's Banen en quotum says which percentage came from the file.
    await board.goto(`${overleg.url}#/agenda/${agenda.id}/banen`);
    await board.getByRole('heading', { level: 1, name: `Banen en quotum: ${title}` }).waitFor();
    await board.getByText(/Deze werkagenda is ingelezen uit een uitwisselbestand van Sanne Bakker\. Voor 2025 rekent ze met de percentages uit dat bestand/).waitFor();
    await board.getByRole('heading', { level: 3, name: '2025: 2,5% (uit het uitwisselbestand)', exact: true }).waitFor();
    await expectAccessible(board, 'banen met percentage uit bestand');
    await screenshot(board, 'lessen-b-banen');
  });
});
