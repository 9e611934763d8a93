import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { defensieId, edit } from '../support/core';
import { type App, expectAccessible, expectFocused, invoke, screenshot, startApp } from './harness';

// Defensie's installation writes the example; the overleg's installation finds it in its library.
let sector: App;
let overleg: App;
const downloads = mkdtempSync(join(tmpdir(), 'werkagenda-voorbeelden-'));
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
const actionTitle = 'Jobcoaches per krijgsmachtdeel';
const whatWorked = 'Een vaste jobcoach per krijgsmachtdeel: leidinggevenden weten wie ze kunnen bellen.';

describe('goede voorbeelden', () => {
  it('are written on Evaluatie with a contact who consents, and found in the Overleg’s library of another installation', async () => {
    let agenda = await invoke<AgendaDetail>(sector, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title });
    agenda = await edit(sector.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: actionTitle, primaryTypeId: 12 });
    agenda = await edit(sector.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Meet and greets', primaryTypeId: 8 });

    const { page } = sector;
    await page.goto(`${sector.url}#/agenda/${agenda.id}/evaluatie`);
    await page.getByRole('heading', { level: 1, name: `Evaluatie: ${title}` }).waitFor();
    const card = page.getByRole('article', { name: actionTitle });
    await card.getByRole('button', { name: 'Goed voorbeeld delen' }).click();
    const form = card.getByRole('form', { name: 'Goed voorbeeld' });
    await form.getByLabel('Wat werkte er, en waarom?').fill(whatWorked);
    await form.getByLabel('Organisatie', { exact: true }).fill('Commando Landstrijdkrachten');
    await form.getByLabel('Contactpersoon', { exact: true }).fill('M. de Groot');
    await form.getByLabel('E-mailadres').fill('m.degroot');
    await form.getByLabel('Telefoonnummer').fill('06 12345678');
    await form.getByLabel(/toestemming om deze contactgegevens te delen/).check();
    await form.getByRole('button', { name: 'Goed voorbeeld opslaan' }).click();
    // Bad input: a Dutch message at the field, nothing saved.
    await form.getByText('Vul een e-mailadres in zoals naam@organisatie.nl.').waitFor();
    expect(await form.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect((await invoke<{ examples: unknown[] }>(sector, 'goodExample.list', { agendaId: agenda.id })).examples).toEqual([]);
    await expectAccessible(page, 'goed voorbeeld met fout');
    await form.getByLabel('E-mailadres').fill('m.degroot@mindef.nl');
    await form.getByRole('button', { name: 'Goed voorbeeld opslaan' }).click();
    const shown = card.getByRole('region', { name: 'Goed voorbeeld' });
    await shown.getByText('M. de Groot, m.degroot@mindef.nl, 06 12345678').waitFor();
    await expectFocused(shown.getByRole('button', { name: 'Goed voorbeeld wijzigen' }));
    await expectAccessible(page, 'evaluatie met goed voorbeeld');
    await screenshot(page, 'voorbeelden-a-evaluatie');

    // The exchange file goes to the overleg, which reads it in.
    const exported = await invoke<{ base64: string }>(sector, 'exchange.export', { agendaId: agenda.id });
    await invoke(overleg, 'exchange.import', { text: Buffer.from(exported.base64, 'base64').toString('utf8') });

    const board = overleg.page;
    await board.goto(`${overleg.url}#/overleg`);
    await board.getByRole('heading', { level: 1, name: 'Dossierhoudersoverleg' }).waitFor();
    await board.getByRole('navigation', { name: 'Op deze pagina' }).getByRole('link', { name: 'Goede voorbeelden' }).click();
    const library = board.getByRole('region', { name: 'Goede voorbeelden' });
    await expectFocused(library.getByRole('heading', { level: 2, name: 'Goede voorbeelden' }));
    const found = library.getByRole('list', { name: 'Gevonden goede voorbeelden' }).getByRole('listitem');
    await expect.poll(() => found.count()).toBe(1);
    await found.getByText(whatWorked).waitFor();
    expect(await found.getByRole('link', { name: 'm.degroot@mindef.nl' }).getAttribute('href')).toBe('mailto:m.degroot@mindef.nl');
    expect(await found.getByRole('link', { name: '06 12345678' }).getAttribute('href')).toBe('tel:0612345678');

    // Looked up by type: none of type 8, one of type 12; by words, accents aside.
    await library.getByLabel('Actietype').selectOption({ value: '8' });
    await expect.poll(() => found.count()).toBe(0);
    await library.getByLabel('Actietype').selectOption({ value: '12' });
    await library.getByLabel('Zoeken in de voorbeelden').fill('JOBCOACH');
    await expect.poll(() => found.count()).toBe(1);
    await expectAccessible(board, 'overleg met goede voorbeelden');
    await library.scrollIntoViewIfNeeded();
    await screenshot(board, 'voorbeelden-b-overleg', { fullPage: false });

    const [download] = await Promise.all([board.waitForEvent('download'), library.getByRole('button', { name: /xporteren naar Word$/ }).click()]);
    expect(download.suggestedFilename()).toBe('Goede voorbeelden Banenafspraak.docx');
    await library.getByText('Opgeslagen als Goede voorbeelden Banenafspraak.docx.').waitFor();
  });
});
