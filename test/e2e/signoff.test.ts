import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import type { SignoffOverview } from '../../shared/domain/signoff';
import { todayIso } from '../../shared/domain/monitoring';
import { formatDate } from '../../shared/format';
import { defensieId, edit } from '../support/core';
import { type App, expectAccessible, expectFocused, invoke, screenshot, startApp, waitSaved } from './harness';

// Two installations with their own databases: the author's and a board member's.
let author: App;
let board: App;
let reader: App;
beforeAll(async () => {
  author = await startApp();
  board = await startApp();
  reader = await startApp();
});
afterAll(async () => {
  const closed = await Promise.allSettled([author?.close(), board?.close(), reader?.close()]);
  const failed = closed.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
});


const title = 'Werkagenda Defensie 2025-2026';
const actionTitle = 'Meet and greets per krijgsmachtdeel';
const signer = 'Jeanine de Vries';
const authorName = 'Sanne Bakker';
const remarkText = 'Noem per krijgsmachtdeel hoeveel bijeenkomsten er komen.';

describe('Ondertekening and the exchange file in the browser', () => {
  it('freezes, remarks, signs, flags a later change, and carries the agenda to a second installation', async () => {
    const { page } = author;
    let agenda = await invoke<AgendaDetail>(author, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title });
    await invoke(author, 'agenda.update', { id: agenda.id, patch: { introduction: 'Defensie wil in 2025 en 2026 meer mensen met een arbeidsbeperking een baan bieden.' } });
    agenda = await edit(author.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: actionTitle, primaryTypeId: 8, owner: 'Programmaleider', startMonth: '2025-03', endMonth: '2026-06' });
    await invoke(author, 'target.create', { agendaId: agenda.id, actionId: agenda.actions[0]!.id, level: 'middenweg', indicator: 'Meet and greets gehouden', unit: 'bijeenkomsten', baseline: 0, targetValue: 8 });
    await invoke(author, 'signatory.create', { agendaId: agenda.id, name: signer, function: 'Plaatsvervangend secretaris-generaal', organisation: 'Ministerie van Defensie', required: true });
    await invoke(author, 'signatory.create', { agendaId: agenda.id, name: 'Karel Smit', function: 'Directeur P&O', required: false });
    await invoke(author, 'settings.update', { userName: authorName });

    // The Ondertekening screen of a fresh draft.
    await page.goto(`${author.url}#/agenda/${agenda.id}/ondertekening`);
    await page.getByRole('heading', { level: 1, name: `Ondertekening: ${title}` }).waitFor();
    await expect.poll(() => page.title()).toBe(`Ondertekening: ${title} – Werkagenda Banenafspraak`);
    const nav = page.getByRole('navigation', { name: 'Werkagenda' });
    await expect.poll(() => nav.getByRole('link', { name: 'Ondertekening' }).getAttribute('aria-current')).toBe('page');
    await page.getByText('Concept: de werkagenda is nog niet ter ondertekening aangeboden.').waitFor();
    await expectAccessible(page, 'ondertekening concept');
    await screenshot(page, 'ondertekening-concept');

    // Ter ondertekening aanbieden: the dialog names the version and asks for the name (known from the settings).
    await page.getByRole('button', { name: 'Ter ondertekening aanbieden' }).click();
    const offer = page.getByRole('dialog', { name: 'Ter ondertekening aanbieden?' });
    await offer.waitFor();
    await expectFocused(offer.getByLabel('Uw naam'));
    expect(await offer.getByLabel('Uw naam').inputValue()).toBe(authorName);
    await offer.getByText(/wordt vastgelegd als versie 1/).waitFor();
    // The seeded agenda is not complete: the dialog says so before anything is frozen.
    await offer.getByText(/de volledigheidscontrole noemt nog \d+ punten/).waitFor();
    await expectAccessible(page, 'ondertekening aanbieden');
    await screenshot(page, 'ondertekening-aanbieden', { fullPage: false });
    await offer.getByRole('button', { name: 'Aanbieden als versie 1' }).click();
    const notice = page.locator('#melding-ondertekening');
    await notice.getByText(/^Versie 1 is ter ondertekening aangeboden\. Controlecode: [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}\.$/).waitFor();
    await expectFocused(notice);
    await page.getByText(`Ter ondertekening: versie 1 wacht nog op de handtekening van ${signer}.`).waitFor();
    expect(await page.getByRole('button', { name: 'Ter ondertekening aanbieden' }).isDisabled()).toBe(true);
    await page.getByText('Er is niets nieuws om aan te bieden: het concept is gelijk aan versie 1. Wijzig eerst iets bij Plan.').waitFor();
    const version1 = page.getByRole('article', { name: 'Versie 1' });
    await version1.getByRole('table', { name: 'Ondertekenaars van versie 1' }).getByRole('row', { name: new RegExp(`${signer}.*Verplicht.*Nog niet getekend`) }).waitFor();
    await version1.getByRole('table', { name: 'Ondertekenaars van versie 1' }).getByRole('row', { name: /Karel Smit.*Niet verplicht.*Nog niet getekend/ }).waitFor();
    await expectAccessible(page, 'ondertekening versie 1');
    await screenshot(page, 'ondertekening-ter-ondertekening');

    // The read view of version 1: a remark on the action, placed from the action itself.
    await version1.getByRole('link', { name: 'Bekijk versie 1' }).click();
    await page.getByRole('heading', { level: 1, name: `Versie 1: ${title}` }).waitFor();
    await page.getByText(/^Versie 1 · controlecode [0-9A-F ]{19}/).waitFor();
    await expect.poll(() => nav.getByRole('link', { name: 'Ondertekening' }).getAttribute('aria-current')).toBe('page');
    const action = page.getByRole('article', { name: actionTitle });
    await action.getByText('Meet and greets gehouden').waitFor();
    await action.getByText('maart 2025 – juni 2026').waitFor();
    await expectAccessible(page, 'versie 1 lezen');
    await screenshot(page, 'versie-1-lezen');
    await action.getByRole('button', { name: new RegExp(`^Opmerking plaatsen bij deze actie ?: Actie “${actionTitle}”$`) }).click();
    const remarkForm = action.getByRole('form', { name: `Opmerking bij Actie “${actionTitle}”` });
    await expectFocused(remarkForm.getByLabel('Opmerking', { exact: true }));
    expect(await remarkForm.getByLabel('Waarover gaat uw opmerking?').locator('option:checked').textContent()).toBe(actionTitle);
    await remarkForm.getByText('Uw opmerking gaat over versie 1.', { exact: false }).waitFor();
    // Empty text is refused in Dutch.
    await remarkForm.getByLabel('Uw naam').fill(signer);
    await remarkForm.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await remarkForm.getByText('Vul de opmerking in.').waitFor();
    await remarkForm.getByLabel('Opmerking', { exact: true }).fill(remarkText);
    await expectAccessible(page, 'versie 1 opmerking');
    await remarkForm.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    const placed = action.getByRole('article', { name: new RegExp(`${signer}.*versie 1`) });
    await placed.getByText(remarkText).waitFor();
    await expectFocused(placed);
    let overview = await invoke<SignoffOverview>(author, 'signoff.get', { agendaId: agenda.id });
    expect(overview.remarks).toMatchObject([{ author: signer, revisionNumber: 1, target: { kind: 'action', actionId: agenda.actions[0]!.id }, text: remarkText, resolved: false }]);
    await screenshot(page, 'versie-1-opmerking');

    // Back on Ondertekening: the remark is open; deal with it.
    await page.getByRole('link', { name: 'Terug naar Ondertekening' }).click();
    await page.getByRole('heading', { level: 1, name: `Ondertekening: ${title}` }).waitFor();
    const openList = page.getByRole('list', { name: 'Open opmerkingen' });
    await openList.getByText(`over Actie “${actionTitle}” · bij versie 1`).waitFor();
    await openList.getByRole('button', { name: `Afhandelen opmerking van ${signer} over Actie “${actionTitle}”` }).click();
    const resolvedList = page.getByRole('list', { name: 'Afgehandelde opmerkingen' });
    await resolvedList.getByText(`Afgehandeld door ${authorName} op ${formatDate(todayIso())}.`).waitFor();
    await expectFocused(resolvedList.getByRole('button', { name: /^Heropenen/ }));
    await page.getByRole('heading', { name: 'Open (0)' }).waitFor();

    // Sign version 1: the first signature here chooses a passphrase; two different ones are refused in Dutch next to the field.
    await version1.getByRole('button', { name: 'Ondertekenen versie 1' }).click();
    const sign = page.getByRole('dialog', { name: 'Versie 1 ondertekenen' });
    await sign.waitFor();
    expect(await sign.getByRole('radio', { name: /Jeanine de Vries, Plaatsvervangend secretaris-generaal/ }).isChecked()).toBe(false);
    await sign.getByText(/met controlecode [0-9A-F ]{19}/).waitFor();
    await sign.getByRole('radio', { name: /Jeanine de Vries/ }).check();
    await sign.getByText(/Dit is uw eerste handtekening in deze installatie/).waitFor();
    await sign.getByLabel('Kies een wachtwoordzin').fill('de zin van Jeanine de Vries');
    await sign.getByLabel('Herhaal de wachtwoordzin').fill('de zin van Jeanine');
    await sign.getByRole('button', { name: 'Ondertekenen' }).click();
    await sign.getByText('De twee wachtwoordzinnen zijn niet gelijk. Typ dezelfde wachtwoordzin nog een keer.').waitFor();
    await expectFocused(sign.getByLabel('Herhaal de wachtwoordzin'));
    expect(await sign.getByLabel('Herhaal de wachtwoordzin').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'ondertekenen fout');
    await screenshot(page, 'ondertekenen-fout', { fullPage: false });
    await sign.getByLabel('Herhaal de wachtwoordzin').fill('de zin van Jeanine de Vries');
    await sign.getByRole('button', { name: 'Ondertekenen' }).click();
    await notice.getByText(new RegExp(`^Versie 1 is ondertekend door ${signer}\\. De werkagenda is nu vastgesteld\\. De controlecode van uw sleutel is \\d{5} \\d{5} \\d{5} \\d{5}`)).waitFor();
    await expectFocused(notice);
    await page.getByText('Vastgesteld (1 van 1 sleutel bevestigd): versie 1 is ondertekend door alle verplichte ondertekenaars.', { exact: true }).waitFor();
    const signed = `Getekend op ${formatDate(todayIso())} — geldig`;
    await version1.getByRole('row', { name: new RegExp(signer) }).getByText(signed).waitFor();
    overview = await invoke<SignoffOverview>(author, 'signoff.get', { agendaId: agenda.id });
    expect(overview).toMatchObject({ status: 'vastgesteld', vastgesteldNumber: 1, draftRevisionNumber: 1 });
    await expectAccessible(page, 'ondertekening vastgesteld');
    await screenshot(page, 'ondertekening-vastgesteld');

    // Edit the title in Plan: the draft now differs from the vastgestelde version 1, whose signature still holds.
    await nav.getByRole('link', { name: 'Plan' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByLabel('Titel van de werkagenda').fill(`${title} (herzien)`);
    await page.getByLabel('Titel van de werkagenda').blur();
    // The first change of a vastgestelde agenda is asked about first.
    await page.getByRole('dialog', { name: 'Een vastgestelde werkagenda wijzigen?' }).getByRole('button', { name: 'Wijzigen en een nieuw concept maken' }).click();
    await waitSaved(page);
    await nav.getByRole('link', { name: 'Ondertekening' }).click();
    await page.getByRole('heading', { level: 1, name: `Ondertekening: ${title} (herzien)` }).waitFor();
    await page.getByText('Het concept wijkt af van vastgestelde versie 1.').waitFor();
    // The Logboek also says so, on the line of that first change; the status paragraph is meant here.
    await page.getByRole('paragraph').filter({ hasText: 'Handtekeningen gelden alleen voor versie 1.' }).waitFor();
    await page.locator('.wa-signoff-changes').getByText('De titel is gewijzigd.').waitFor();
    await version1.getByRole('row', { name: new RegExp(signer) }).getByText(signed).waitFor();
    await version1.getByText('Vastgesteld (1 van 1 sleutel bevestigd)', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Ter ondertekening aanbieden' }).isEnabled()).toBe(true);

    // Version 1 as a Word document, marked with its version.
    const [word] = await Promise.all([page.waitForEvent('download'), version1.getByRole('button', { name: 'Word (versie 1)' }).click()]);
    expect(word.suggestedFilename()).toMatch(/versie 1\.docx$/);
    await version1.getByText(`Word-document gemaakt: ${word.suggestedFilename()}`).waitFor();

    // The Logboek: newest first, frozen, remark, dealt with, signed.
    const log = page.getByRole('table', { name: 'Logboek' });
    const rows = async () => (await log.getByRole('row').allInnerTexts()).slice(1);
    await expect.poll(async () => (await rows()).map((row) => row.split('\t')[2]?.split(':')[0])).toEqual(
      expect.arrayContaining(['Ondertekend', 'Opmerking afgehandeld', 'Opmerking geplaatst', 'Vastgelegd en ter ondertekening aangeboden']),
    );
    const kinds = (await rows()).map((row) => row.split('\t')[2]!.split(':')[0]!);
    expect(kinds.indexOf('Ondertekend')).toBeLessThan(kinds.indexOf('Opmerking geplaatst'));
    expect(kinds.indexOf('Opmerking geplaatst')).toBeLessThan(kinds.indexOf('Vastgelegd en ter ondertekening aangeboden'));
    expect((await rows()).find((row) => row.includes('Ondertekend'))).toContain(signer);
    await expectAccessible(page, 'ondertekening concept gewijzigd');
    await screenshot(page, 'ondertekening-concept-gewijzigd');

    // Export the exchange file (a download in web mode).
    const exportButton = page.getByRole('button', { name: 'Uitwisselbestand exporteren' });
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toMatch(/\.werkagenda$/);
    await page.getByText(`Uitwisselbestand gemaakt: ${download.suggestedFilename()}`).waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'werkagenda-exchange-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'werkagenda-banenafspraak', version: 1 });
    await log.getByText(/Uitwisselbestand gemaakt van versie 1/).waitFor();

    // The board member's installation: a file that is not an exchange file is refused in Dutch, then the real one is added.
    const boardPage = board.page;
    await boardPage.getByRole('heading', { level: 1, name: "Werkagenda’s" }).waitFor();
    const importSection = boardPage.getByRole('region', { name: 'Uitwisselbestand importeren' });
    const [badChooser] = await Promise.all([boardPage.waitForEvent('filechooser'), importSection.getByRole('button', { name: 'Werkagenda importeren' }).click()]);
    await badChooser.setFiles({ name: 'kapot.werkagenda', mimeType: 'application/json', buffer: Buffer.from('Dit is geen werkagenda.') });
    const refusal = importSection.getByRole('alert');
    await refusal.getByText(/^Dit bestand is geen uitwisselbestand/).waitFor();
    expect(await refusal.textContent()).not.toMatch(/JSON\.parse|SyntaxError|undefined/);
    await expectAccessible(boardPage, 'importeren fout');
    await screenshot(boardPage, 'importeren-fout');

    const [chooser] = await Promise.all([boardPage.waitForEvent('filechooser'), importSection.getByRole('button', { name: 'Werkagenda importeren' }).click()]);
    await chooser.setFiles(file);
    const preview = importSection.getByRole('region', { name: `${title} (herzien)` });
    await preview.waitFor();
    await expectFocused(preview.getByRole('heading', { name: `${title} (herzien)` }));
    await preview.getByText('Defensie', { exact: true }).waitFor();
    await preview.getByText('2025-2026', { exact: true }).waitFor();
    await preview.getByText(new RegExp(`door ${authorName}`)).waitFor();
    // Where it comes from, with the key the author's Ondertekening screen shows.
    const authorKey = (await invoke<{ installationKeyFingerprint: string }>(author, 'settings.get', {})).installationKeyFingerprint;
    await page.getByText(`Deze installatie ondertekent het bestand met installatiesleutel ${authorKey}.`, { exact: false }).waitFor();
    await preview.getByText(`Afkomstig van ${authorName}, installatiesleutel ${authorKey}.`, { exact: true }).waitFor();
    expect(await importSection.getByRole('alert').count()).toBe(0);
    await expectAccessible(boardPage, 'importeren voorbeeld');
    await screenshot(boardPage, 'importeren-voorbeeld');
    await preview.getByRole('button', { name: 'Toevoegen' }).click();
    const result = importSection.getByRole('status');
    await result.getByText(`Werkagenda “${title} (herzien)” is toegevoegd.`).waitFor();
    await expectFocused(boardPage.locator('#import-resultaat'));
    await boardPage.getByRole('table', { name: 'Defensie' }).getByRole('link', { name: `${title} (herzien)` }).waitFor();
    await expectAccessible(boardPage, 'importeren gelukt');
    await screenshot(boardPage, 'importeren-gelukt');

    // On the board member's installation the signature holds: version 1 is vastgesteld (by a key not confirmed there yet), and the remark came along.
    await result.getByRole('link', { name: `Naar de ondertekening van “${title} (herzien)”` }).click();
    await boardPage.getByRole('heading', { level: 1, name: `Ondertekening: ${title} (herzien)` }).waitFor();
    await boardPage.getByText(/^Vastgesteld met onbevestigde sleutels \(0 van 1 sleutel bevestigd\): versie 1 is ondertekend door alle verplichte ondertekenaars\. Niet elke sleutel/).waitFor();
    await boardPage.getByRole('article', { name: 'Versie 1' }).getByRole('row', { name: new RegExp(signer) }).getByText(signed).waitFor();
    await boardPage.getByRole('article', { name: 'Versie 1' }).getByText(`De naam en het tijdstip van vastleggen zijn beveiligd met installatiesleutel ${authorKey}.`).waitFor();
    await boardPage.getByRole('list', { name: 'Afgehandelde opmerkingen' }).getByText(remarkText).waitFor();
    await boardPage.getByRole('table', { name: 'Logboek' }).getByText(/^Uitwisselbestand geïmporteerd/).waitFor();
    await expectAccessible(boardPage, 'ondertekening na import');
    await screenshot(boardPage, 'ondertekening-na-import');
    // Plan of the imported agenda says where it came from and that editing here makes an own concept.
    await boardPage.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Plan' }).click();
    await boardPage.getByText(/^Deze werkagenda is ingelezen uit een uitwisselbestand van Sanne Bakker\./).waitFor();
    await expectAccessible(boardPage, 'plan van een ingelezen werkagenda');
    await boardPage.getByRole('navigation', { name: 'Werkagenda' }).getByRole('link', { name: 'Ondertekening' }).click();
    await boardPage.getByRole('heading', { level: 1, name: `Ondertekening: ${title} (herzien)` }).waitFor();

    // The optional signatory signs on the board member's installation, which sends the file back.
    await boardPage.getByRole('article', { name: 'Versie 1' }).getByRole('button', { name: 'Ondertekenen versie 1' }).click();
    const boardSign = boardPage.getByRole('dialog', { name: 'Versie 1 ondertekenen' });
    // Jeanine de Vries has signed already: only Karel Smit is left, and chosen.
    expect(await boardSign.getByRole('radio').count()).toBe(1);
    expect(await boardSign.getByRole('radio', { name: /Karel Smit/ }).isChecked()).toBe(true);
    await expectFocused(boardSign.getByLabel('Kies een wachtwoordzin'));
    await boardSign.getByLabel('Kies een wachtwoordzin').fill('Karel zijn eigen zin');
    await boardSign.getByLabel('Herhaal de wachtwoordzin').fill('Karel zijn eigen zin');
    await boardSign.getByRole('button', { name: 'Ondertekenen' }).click();
    await boardPage.locator('#melding-ondertekening').getByText(/^Versie 1 is ondertekend door Karel Smit\..* De controlecode van uw sleutel is \d{5}/).waitFor();
    const [back] = await Promise.all([boardPage.waitForEvent('download'), boardPage.getByRole('button', { name: 'Uitwisselbestand exporteren' }).click()]);
    const backFile = join(dir, `terug-${back.suggestedFilename()}`);
    await back.saveAs(backFile);

    // Importing the first file again on the board's installation changes nothing: explained, and only "Sluiten".
    await boardPage.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Werkagenda’s" }).click();
    const [again] = await Promise.all([boardPage.waitForEvent('filechooser'), importSection.getByRole('button', { name: 'Werkagenda importeren' }).click()]);
    await again.setFiles(file);
    await preview.waitFor();
    await preview.getByText(/Er staan ook geen nieuwe opmerkingen, handtekeningen of uitvoeringsgegevens in\.$/).waitFor();
    expect(await preview.getByRole('button').allInnerTexts()).toEqual(['Sluiten']);
    await expectAccessible(boardPage, 'importeren niets nieuw');
    await screenshot(boardPage, 'importeren-niets-nieuw');
    await preview.getByRole('button', { name: 'Sluiten' }).click();
    await expectFocused(importSection.getByRole('button', { name: 'Werkagenda importeren' }));

    // The author imports the file that came back: the signature made elsewhere is taken over and holds.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Werkagenda’s" }).click();
    const authorImport = page.getByRole('region', { name: 'Uitwisselbestand importeren' });
    const [returned] = await Promise.all([page.waitForEvent('filechooser'), authorImport.getByRole('button', { name: 'Werkagenda importeren' }).click()]);
    await returned.setFiles(backFile);
    const merge = authorImport.getByRole('region', { name: `${title} (herzien)` });
    await merge.getByText(/Opmerkingen en handtekeningen van elders worden overgenomen\.$/).waitFor();
    await expectAccessible(page, 'importeren samenvoegen');
    await screenshot(page, 'importeren-samenvoegen');
    await merge.getByRole('button', { name: 'Opmerkingen en handtekeningen overnemen' }).click();
    await authorImport.getByRole('status').getByText(`De opmerkingen en handtekeningen zijn overgenomen in “${title} (herzien)”.`).waitFor();
    await authorImport.getByRole('link', { name: `Naar de ondertekening van “${title} (herzien)”` }).click();
    await page.getByRole('article', { name: 'Versie 1' }).getByRole('row', { name: /Karel Smit/ }).getByText(signed).waitFor();
    await expectAccessible(page, 'ondertekening na terugkomst');
    await screenshot(page, 'ondertekening-na-terugkomst');

    // A tampered file (version 1's text changed after freezing) is flagged: warnings, consent asked, and the signatures shown as invalid.
    const tampered = JSON.parse(readFileSync(file, 'utf8')) as { revisions: { content: { introduction: string } }[] };
    tampered.revisions[0]!.content.introduction += ' En stiekem nog iets erbij.';
    const tamperedFile = join(dir, 'gewijzigd.werkagenda');
    writeFileSync(tamperedFile, JSON.stringify(tampered));
    const readerPage = reader.page;
    const readerImport = readerPage.getByRole('region', { name: 'Uitwisselbestand importeren' });
    const [tamperedChooser] = await Promise.all([readerPage.waitForEvent('filechooser'), readerImport.getByRole('button', { name: 'Werkagenda importeren' }).click()]);
    await tamperedChooser.setFiles(tamperedFile);
    const warned = readerImport.getByRole('region', { name: `${title} (herzien)` });
    const warnings = warned.getByRole('alert');
    await warnings.getByText('Versie 1: de inhoud komt niet overeen met de controlecode. Het bestand is gewijzigd nadat deze versie werd vastgelegd.').waitFor();
    await warnings.getByText(new RegExp(`^De handtekening van ${signer} op versie 1 is ongeldig`)).waitFor();
    await warned.getByRole('button', { name: 'Toevoegen' }).click();
    await warned.getByText('Vink eerst aan dat u de waarschuwingen hebt gelezen, of kies Annuleren.').waitFor();
    await expectFocused(warned.getByLabel('Ik heb de waarschuwingen gelezen en wil toch importeren'));
    await expectAccessible(readerPage, 'importeren gewijzigd bestand');
    await screenshot(readerPage, 'importeren-gewijzigd-bestand');
    await warned.getByLabel('Ik heb de waarschuwingen gelezen en wil toch importeren').check();
    await warned.getByRole('button', { name: 'Toevoegen' }).click();
    await readerImport.getByRole('link', { name: `Naar de ondertekening van “${title} (herzien)”` }).click();
    const readerVersion = readerPage.getByRole('article', { name: 'Versie 1' });
    await readerVersion.getByText('Let op: inhoud gewijzigd na het vastleggen.').waitFor();
    await readerVersion.getByText('Inhoud gewijzigd', { exact: true }).waitFor();
    await readerVersion.getByRole('row', { name: new RegExp(signer) }).getByText(/— ongeldig: /).waitFor();
    await readerPage.getByText('Let op: de inhoud van versie 1 is gewijzigd na het vastleggen. Handtekeningen op deze versie gelden niet en zij kan niet worden vastgesteld.', { exact: true }).waitFor();
    expect(await readerVersion.getByRole('button', { name: /Ondertekenen/ }).count()).toBe(0);
    await expectAccessible(readerPage, 'ondertekening gewijzigd bestand');
    await screenshot(readerPage, 'ondertekening-gewijzigd-bestand');
  });
});
