import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaDetail } from '../../shared/domain/agenda';
import { defensieId, edit } from '../support/core';
import { docxPart, paragraphTexts, render } from '../integration/export-support/render';
import { type App, expectAccessible, expectFocused, invoke, screenshot, startApp } from './harness';

// Two installations: the representative's, where the board member signs, and the Overleg's, which receives the file.
let author: App;
let overleg: App;
beforeAll(async () => {
  author = await startApp();
  overleg = await startApp();
});
afterAll(async () => {
  const closed = await Promise.allSettled([author?.close(), overleg?.close()]);
  const failed = closed.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
});


const title = 'Werkagenda Defensie 2025-2026';
const signer = 'Jeanine de Vries';
const passphrase = 'mijn fiets staat altijd links';

async function cellTexts(table: Locator): Promise<string[]> {
  return table.locator('tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children).map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).join(' | ')));
}

async function signDialog(page: Page, version: number): Promise<Locator> {
  await page.getByRole('article', { name: `Versie ${version}` }).getByRole('button', { name: `Ondertekenen versie ${version}` }).click();
  const dialog = page.getByRole('dialog', { name: `Versie ${version} ondertekenen` });
  await dialog.waitFor();
  return dialog;
}

describe('personal keys behind a passphrase, confirmed by their fingerprint', () => {
  it('signs with a passphrase, refuses a wrong one, and shows the key states on the other side until the key is confirmed', async () => {
    const { page } = author;
    let agenda = await invoke<AgendaDetail>(author, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title });
    agenda = await edit(author.core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: agenda.id, title: 'Meet and greets per krijgsmachtdeel', primaryTypeId: 8 });
    await invoke(author, 'signatory.create', { agendaId: agenda.id, name: signer, function: 'Plaatsvervangend secretaris-generaal', required: true });
    await invoke(author, 'revision.freeze', { agendaId: agenda.id, by: 'Sanne Bakker' });

    // First signature here: choose a passphrase, twice; too short is refused.
    await page.goto(`${author.url}#/agenda/${agenda.id}/ondertekening`);
    await page.getByRole('heading', { level: 1, name: `Ondertekening: ${title}` }).waitFor();
    let sign = await signDialog(page, 1);
    await sign.getByText(/Dit is uw eerste handtekening in deze installatie/).waitFor();
    await expectFocused(sign.getByLabel('Kies een wachtwoordzin'));
    await sign.getByLabel('Kies een wachtwoordzin').fill('te kort');
    await sign.getByRole('button', { name: 'Ondertekenen' }).click();
    await sign.getByText('Kies een wachtwoordzin van ten minste 12 tekens, bijvoorbeeld een zin van een paar woorden.').waitFor();
    await expectAccessible(page, 'wachtwoordzin kiezen');
    await screenshot(page, 'sleutel-wachtwoordzin-kiezen', { fullPage: false });
    await sign.getByLabel('Kies een wachtwoordzin').fill(passphrase);
    await sign.getByLabel('Herhaal de wachtwoordzin').fill(passphrase);
    await sign.getByRole('button', { name: 'Ondertekenen' }).click();
    const notice = page.locator('#melding-ondertekening');
    const told = await notice.getByText(/De controlecode van uw sleutel is (\d{5} \d{5} \d{5} \d{5})/).textContent();
    const fingerprint = /(\d{5} \d{5} \d{5} \d{5})/.exec(told ?? '')![1]!;
    await page.getByText('Vastgesteld (1 van 1 sleutel bevestigd): versie 1 is ondertekend door alle verplichte ondertekenaars.', { exact: true }).waitFor();
    await page.getByRole('article', { name: 'Versie 1' }).getByRole('row', { name: new RegExp(signer) }).getByText(`Sleutel ${fingerprint}: sleutel bevestigd`).waitFor();

    // Version 2: now the passphrase is asked for; a wrong one is refused and signs nothing.
    await invoke(author, 'agenda.update', { id: agenda.id, patch: { title: `${title} (herzien)` } });
    await invoke(author, 'revision.freeze', { agendaId: agenda.id, by: 'Sanne Bakker' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Ondertekening: ${title} (herzien)` }).waitFor();
    sign = await signDialog(page, 2);
    expect(await sign.getByLabel('Herhaal de wachtwoordzin').count()).toBe(0);
    await sign.getByLabel('Uw wachtwoordzin').fill('mijn fiets staat altijd rechts');
    await sign.getByRole('button', { name: 'Ondertekenen' }).click();
    await sign.getByText('Deze wachtwoordzin is onjuist. Er is niets ondertekend.').waitFor();
    await expectFocused(sign.getByLabel('Uw wachtwoordzin'));
    expect(await sign.getByLabel('Uw wachtwoordzin').getAttribute('aria-invalid')).toBe('true');
    expect((await invoke<{ revisions: { signatures: unknown[] }[] }>(author, 'signoff.get', { agendaId: agenda.id })).revisions[1]!.signatures).toEqual([]);
    await sign.getByRole('button', { name: 'Wachtwoordzin vergeten?' }).waitFor();
    await expectAccessible(page, 'wachtwoordzin onjuist');
    await screenshot(page, 'sleutel-wachtwoordzin-onjuist', { fullPage: false });
    await sign.getByLabel('Uw wachtwoordzin').fill(passphrase);
    await sign.getByRole('button', { name: 'Ondertekenen' }).click();
    await notice.getByText(/^Versie 2 is ondertekend door Jeanine de Vries\. De werkagenda is nu vastgesteld\./).waitFor();
    await expectAccessible(page, 'ondertekend met wachtwoordzin');
    await screenshot(page, 'sleutel-ondertekend');

    // Send the file to the Overleg's installation.
    const dir = mkdtempSync(join(tmpdir(), 'werkagenda-keys-'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Uitwisselbestand exporteren' }).click()]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const other = overleg.page;
    const importSection = other.getByRole('region', { name: 'Uitwisselbestand importeren' });
    const [chooser] = await Promise.all([other.waitForEvent('filechooser'), importSection.getByRole('button', { name: 'Werkagenda importeren' }).click()]);
    await chooser.setFiles(file);
    await importSection.getByRole('region', { name: `${title} (herzien)` }).getByRole('button', { name: 'Toevoegen' }).click();
    await importSection.getByRole('status').getByText(/is toegevoegd/).waitFor();

    // The start list there: vastgesteld, but by a key nobody there confirmed.
    const list = other.getByRole('table', { name: 'Defensie' });
    await list.getByRole('row', { name: new RegExp(`${title} \\(herzien\\)`) }).getByText('Vastgesteld met onbevestigde sleutels (0 van 1 sleutel bevestigd)').waitFor();
    await screenshot(other, 'sleutel-startlijst-onbevestigd');

    // The Overleg compares it, says so, and does not count it as vastgesteld.
    await other.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleg' }).click();
    const compared = other.getByRole('table', { name: "Vergeleken werkagenda’s" });
    await compared.waitFor();
    expect((await cellTexts(compared)).find((row) => row.startsWith('Defensie'))).toBe(
      `Defensie | ${title} (herzien) | 2025-2026 | Versie 2 | Vastgesteld met onbevestigde sleutels (0 van 1 sleutel bevestigd), 1 geldige handtekening | Ingelezen`);
    const checks = other.getByRole('table', { name: 'Controles van de beleidscyclus per sector' });
    expect((await cellTexts(checks)).find((row) => row.startsWith('Defensie'))).toContain(
      'Nee Vastgesteld met onbevestigde sleutels (0 van 1 sleutel bevestigd): telt niet als vastgesteld tot de sleutels zijn bevestigd onder Ondertekening.');
    await expectAccessible(other, 'overleg onbevestigd');
    await screenshot(other, 'sleutel-overleg-onbevestigd');

    // Ondertekening there: the key state beside "geldig", and the Word signature page says the same.
    await other.goto(`${overleg.url}#/agenda/${agenda.id}/ondertekening`);
    await other.getByRole('heading', { level: 1, name: `Ondertekening: ${title} (herzien)` }).waitFor();
    await other.getByText(/^Vastgesteld met onbevestigde sleutels \(0 van 1 sleutel bevestigd\): versie 2 is ondertekend/).waitFor();
    const version2 = other.getByRole('article', { name: 'Versie 2' });
    const row = version2.getByRole('row', { name: new RegExp(signer) });
    await row.getByText(`Sleutel ${fingerprint}: sleutel niet bevestigd`).waitFor();
    await expectAccessible(other, 'ondertekening onbevestigd');
    await screenshot(other, 'sleutel-ondertekening-onbevestigd');
    const [word] = await Promise.all([other.waitForEvent('download'), version2.getByRole('button', { name: 'Word (versie 2)' }).click()]);
    const docx = join(dir, 'onbevestigd.docx');
    await word.saveAs(docx);
    const rendered = render(docx, join(process.cwd(), 'test-output', 'keys'));
    const signaturePage = rendered.pages.find((text) => text.includes('Ondertekening') && text.includes('Controlecode'))!;
    const flat = signaturePage.replace(/\s+/g, ' ');
    expect(flat).toContain('Status: Vastgesteld met onbevestigde sleutels (0 van 1 sleutel bevestigd)');
    expect(flat).toContain(`Controlecode van de sleutel: ${fingerprint} (sleutel niet bevestigd in de installatie die dit document maakte)`);

    // Confirm the key: the signer reads the fingerprint out; a wrong reading is refused, the right one pins the key.
    await row.getByRole('button', { name: `Sleutel bevestigen van ${signer}` }).click();
    const confirm = other.getByRole('dialog', { name: `Sleutel van ${signer} bevestigen` });
    await confirm.waitFor();
    await expectFocused(confirm.getByLabel('Controlecode zoals de ondertekenaar die voorleest'));
    const misread = fingerprint.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10));
    await confirm.getByLabel('Controlecode zoals de ondertekenaar die voorleest').fill(misread);
    await confirm.getByRole('button', { name: 'Sleutel bevestigen' }).click();
    await confirm.getByText(/^Deze controlecode komt niet overeen met de sleutel van deze handtekening/).waitFor();
    await expectAccessible(other, 'sleutel bevestigen fout');
    await screenshot(other, 'sleutel-bevestigen-fout', { fullPage: false });
    await confirm.getByLabel('Controlecode zoals de ondertekenaar die voorleest').fill(fingerprint);
    await confirm.getByRole('button', { name: 'Sleutel bevestigen' }).click();
    await other.locator('#melding-ondertekening').getByText(`De sleutel van ${signer} is bevestigd voor deze installatie.`).waitFor();
    await other.getByText('Vastgesteld (1 van 1 sleutel bevestigd): versie 2 is ondertekend door alle verplichte ondertekenaars.', { exact: true }).waitFor();
    await row.getByText(`Sleutel ${fingerprint}: sleutel bevestigd`).waitFor();
    // The same key signed version 1: confirmed there too.
    await other.getByRole('article', { name: 'Versie 1' }).getByRole('row', { name: new RegExp(signer) }).getByText(`Sleutel ${fingerprint}: sleutel bevestigd`).waitFor();
    await other.getByRole('table', { name: 'Logboek' }).getByText(/^Sleutel bevestigd/).waitFor();
    await expectAccessible(other, 'ondertekening bevestigd');
    await screenshot(other, 'sleutel-ondertekening-bevestigd');

    const [wordAfter] = await Promise.all([other.waitForEvent('download'), version2.getByRole('button', { name: 'Word (versie 2)' }).click()]);
    const docxAfter = join(dir, 'bevestigd.docx');
    await wordAfter.saveAs(docxAfter);
    const texts = paragraphTexts(docxPart(docxAfter, 'word/document.xml'));
    expect(texts).toContain('Status: Vastgesteld (1 van 1 sleutel bevestigd)');
    expect(texts).toContain(`Controlecode van de sleutel: ${fingerprint} (sleutel bevestigd in de installatie die dit document maakte)`);

    await other.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleg' }).click();
    await compared.waitFor();
    expect((await cellTexts(compared)).find((line) => line.startsWith('Defensie'))).toContain('Vastgesteld (1 van 1 sleutel bevestigd), 1 geldige handtekening');
    await screenshot(other, 'sleutel-overleg-bevestigd');

    // "Wachtwoordzin vergeten" on the author's installation: a new key, shown as new; version 1 and 2 keep their signatures.
    await invoke(author, 'agenda.update', { id: agenda.id, patch: { title: `${title} (derde)` } });
    await invoke(author, 'revision.freeze', { agendaId: agenda.id, by: 'Sanne Bakker' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Ondertekening: ${title} (derde)` }).waitFor();
    sign = await signDialog(page, 3);
    await sign.getByRole('button', { name: 'Wachtwoordzin vergeten?' }).click();
    await sign.getByText(/^Nieuwe sleutel\. Zonder uw wachtwoordzin kan uw oude sleutel niet meer tekenen\./).waitFor();
    await sign.getByLabel('Kies een wachtwoordzin').fill('een nieuwe zin na het vergeten');
    await sign.getByLabel('Herhaal de wachtwoordzin').fill('een nieuwe zin na het vergeten');
    await expectAccessible(page, 'wachtwoordzin vergeten');
    await screenshot(page, 'sleutel-wachtwoordzin-vergeten', { fullPage: false });
    await sign.getByRole('button', { name: 'Nieuwe sleutel maken en ondertekenen' }).click();
    await notice.getByText(/^Versie 3 is ondertekend door Jeanine de Vries\./).waitFor();
    const newRow = page.getByRole('article', { name: 'Versie 3' }).getByRole('row', { name: new RegExp(signer) });
    await newRow.getByText('(nieuwe sleutel: deze ondertekenaar tekende eerder met een andere)', { exact: false }).waitFor();
    expect(await newRow.getByText(`Sleutel ${fingerprint}`).count()).toBe(0);
    await page.getByRole('article', { name: 'Versie 2' }).getByRole('row', { name: new RegExp(signer) }).getByText(`Sleutel ${fingerprint}: sleutel bevestigd`).waitFor();
    await page.getByRole('table', { name: 'Logboek' }).getByText(/^Nieuwe sleutel gemaakt/).waitFor();
    await screenshot(page, 'sleutel-nieuwe-sleutel');
  });
});
