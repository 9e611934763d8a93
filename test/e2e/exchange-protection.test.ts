import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { call } from '../support/core';
import { asMadeBefore } from '../support/exchange';
import { fullAgenda } from '../integration/export-support/agendas';
import { expectAccessible, screenshot, startApp, type App } from './harness';

let app: App;
let author: Core;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'werkagenda-auteur-'));
  author = await startCore(join(dir, 'auteur.sqlite'));
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
  await author?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function choose(name: string, text: string) {
  const section = app.page.getByRole('region', { name: 'Uitwisselbestand importeren' });
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), section.getByRole('button', { name: 'Werkagenda importeren' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  return section;
}

describe('the import preview says what protects a file', () => {
  it('a changed file is flagged as changed after export; a file from an earlier version says plainly what it lacks', async () => {
    await call(author, 'settings.update', { userName: 'Sanne Bakker' });
    const agenda = await fullAgenda(author);
    await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Sanne Bakker' });
    const text = Buffer.from((await call(author, 'exchange.export', { agendaId: agenda.id })).base64, 'base64').toString('utf8');

    const changed = JSON.parse(text) as { exportedBy: { name: string } };
    changed.exportedBy.name = 'De minister';
    let section = await choose('gewijzigd.werkagenda', JSON.stringify(changed));
    const warnings = section.getByRole('alert');
    await warnings.getByText('Het bestand is gewijzigd na het exporteren: de ondertekening door de installatie die het maakte klopt niet meer.').waitFor();
    await section.getByLabel('Ik heb de waarschuwingen gelezen en wil toch importeren').waitFor();
    await expectAccessible(app.page, 'importeren gewijzigd bestand');
    await screenshot(app.page, 'importeren-gewijzigd-na-export');
    await section.getByRole('button', { name: 'Annuleren' }).click();

    section = await choose('oud.werkagenda', asMadeBefore(text));
    const preview = section.getByRole('region', { name: agenda.title });
    await preview.getByText('Afkomstig van Sanne Bakker; het bestand is niet ondertekend door de installatie die het maakte.').waitFor();
    await preview.getByRole('heading', { name: 'Minder beveiligd' }).waitFor();
    await preview.getByText(/^Dit bestand is gemaakt met een eerdere versie van de toepassing/).waitFor();
    expect(await section.getByRole('alert').count()).toBe(0);
    await expectAccessible(app.page, 'importeren ouder bestand');
    await screenshot(app.page, 'importeren-ouder-bestand');
    await preview.getByRole('button', { name: 'Toevoegen' }).click();
    await section.getByRole('status').getByRole('link', { name: new RegExp(`Naar de ondertekening van`) }).click();
    const version = app.page.getByRole('article', { name: 'Versie 1' });
    await version.getByText(/^Deze versie is vastgelegd met een eerdere versie van de toepassing/).waitFor();
    await expectAccessible(app.page, 'ondertekening ouder bestand');
    await screenshot(app.page, 'ondertekening-ouder-bestand');
  });
});
