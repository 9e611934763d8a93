import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, defensieId } from '../support/core';
import { expectAccessible, screenshot, startApp, storedAgenda, waitSaved, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('editing a vastgestelde agenda', () => {
  it('says first that a change makes a new concept; cancelling keeps it vastgesteld, going on makes the concept', async () => {
    const { page, core } = app;
    const agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    const withSigner = await call(core, 'signatory.create', { agendaId: agenda.id, name: 'J. de Vries', required: true });
    await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'Dossierhouder' });
    await call(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: withSigner.change.signatory.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    expect((await storedAgenda(app, agenda.id)).status).toBe('vastgesteld');

    await page.goto(`${app.url}#/agenda/${agenda.id}`);
    const field = page.getByLabel('Inleiding en context', { exact: true });
    await field.fill('Een nieuwe inleiding.');
    await field.blur();
    const dialog = page.getByRole('dialog', { name: 'Een vastgestelde werkagenda wijzigen?' });
    await dialog.getByText(/De handtekeningen blijven gelden voor de vastgestelde versie, niet voor het concept/).waitFor();
    await expectAccessible(page, 'vastgestelde werkagenda wijzigen');
    await screenshot(page, 'vastgesteld-wijzigen', { fullPage: false });
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByText(/Niet opgeslagen: u hebt de wijziging geannuleerd/).first().waitFor();
    // The typed text stays in the field, nothing is saved, the agenda stays vastgesteld.
    expect(await field.inputValue()).toBe('Een nieuwe inleiding.');
    expect(await storedAgenda(app, agenda.id)).toMatchObject({ status: 'vastgesteld', introduction: '' });

    await field.focus();
    await field.fill('Een nieuwe inleiding, toch.');
    await field.blur();
    await dialog.getByRole('button', { name: 'Wijzigen en een nieuw concept maken' }).click();
    await waitSaved(page);
    expect(await storedAgenda(app, agenda.id)).toMatchObject({ status: 'concept', introduction: 'Een nieuwe inleiding, toch.' });
    // Asked once: the next change goes straight through.
    await field.fill('Een nieuwe inleiding, toch. En meer.');
    await field.blur();
    await waitSaved(page);
    expect(await dialog.isVisible()).toBe(false);
    expect((await storedAgenda(app, agenda.id)).introduction).toBe('Een nieuwe inleiding, toch. En meer.');
  });
});
