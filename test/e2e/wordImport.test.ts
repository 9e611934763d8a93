import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableAgenda } from '../support/wordDocs';
import { expectAccessible, screenshot, startApp, storedAgenda, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('Werkagenda uit Word inlezen in the browser', () => {
  it('goes from the .docx through the review (one item corrected, one left out) to a concept in the Plan editor', async () => {
    const { page } = app;
    const dir = mkdtempSync(join(tmpdir(), 'werkagenda-word-'));
    const file = join(dir, 'Werkagenda Gemeenten 2025-2026.docx');
    writeFileSync(file, await tableAgenda());
    const notWord = join(dir, 'oud.doc');
    writeFileSync(notWord, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4000)]));

    const card = page.getByRole('region', { name: 'Werkagenda uit Word inlezen' });
    const [wrong] = await Promise.all([page.waitForEvent('filechooser'), card.getByRole('button', { name: 'Word-document kiezen' }).click()]);
    await wrong.setFiles(notWord);
    await card.getByRole('alert').getByText(/oude opmaak \(\.doc\).*Er is niets gewijzigd\./).waitFor();

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), card.getByRole('button', { name: 'Word-document kiezen' }).click()]);
    await chooser.setFiles(file);
    await page.getByRole('heading', { level: 1, name: 'Werkagenda uit Word inlezen: controleren' }).waitFor();
    expect(await page.getByLabel('Sector', { exact: true }).inputValue()).toBe('4db1afbf-b1ee-4cd2-b028-72f253a0e6e4');
    expect(await page.getByLabel('Beginjaar').inputValue()).toBe('2025');

    const actions = page.getByRole('region', { name: 'Acties (4)' });
    const first = actions.getByRole('article', { name: /^Actie 1:/ });
    await first.getByText(/5\. Delen van goede voorbeelden, zekerheid \d+%; herkend aan: goede voorbeelden/).waitFor();
    expect(await first.getByLabel('Actietype', { exact: true }).inputValue()).toBe('5');
    const fourth = actions.getByRole('article', { name: /^Actie 4:/ });
    await fourth.getByText(/“Doorlopend” wordt bewaard als de hele periode/).waitFor();
    await fourth.getByText('Uit het document').click();
    await fourth.getByText(/Planning: doorlopend/).waitFor();

    // Correct one item (the first action's title, by keyboard) and leave one out (the second knelpunt).
    const title = first.getByLabel('Titel', { exact: true });
    await title.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Regionale netwerkbijeenkomsten');
    const knelpunt = page.getByRole('article', { name: /^Knelpunt 2:/ });
    await knelpunt.getByLabel('Dit knelpunt overnemen').focus();
    await page.keyboard.press('Space');
    await knelpunt.getByText('Wordt weggelaten.').waitFor();
    // A reload keeps the review with both corrections.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Werkagenda uit Word inlezen: controleren' }).waitFor();
    expect(await first.getByLabel('Titel', { exact: true }).inputValue()).toBe('Regionale netwerkbijeenkomsten');
    await knelpunt.getByText('Wordt weggelaten.').waitFor();
    // The first action addresses the first knelpunt; the one left out is not offered.
    const links = first.getByRole('group', { name: 'Knelpunten die deze actie aanpakt' });
    expect(await links.getByRole('checkbox').count()).toBe(1);
    await links.getByRole('checkbox', { name: 'Weinig tijd bij HR' }).check();
    await page.getByRole('region', { name: 'Niet herkend (1)' }).getByText(/^Bijlage: begrippen\s+Doelgroepregister/).waitFor();
    await expectAccessible(page, 'Word inlezen: controleren');
    await screenshot(page, 'word-inlezen-controleren');
    await first.scrollIntoViewIfNeeded();
    await screenshot(page, 'word-inlezen-actie', { fullPage: false });

    // The document does not say whether three of the actions are new: the review asks, and names the first.
    await page.getByRole('button', { name: 'Concept-werkagenda maken' }).click();
    await page.getByRole('alert').getByText('Kies of de actie nieuw is, voortgezet of bestaande praktijk. (actie 1)').waitFor();
    for (const number of [1, 2, 4]) {
      await actions.getByRole('article', { name: new RegExp(`^Actie ${number}:`) }).getByRole('group', { name: 'Is de actie nieuw?' }).getByRole('radio', { name: 'Nieuw' }).check();
    }
    await page.getByRole('button', { name: 'Concept-werkagenda maken' }).click();
    await page.waitForURL(/#\/agenda\/[0-9a-f-]{36}$/);
    const panel = page.getByRole('complementary', { name: 'Volledigheid' });
    await panel.waitFor();
    await panel.getByText('4/12 actietypen').waitFor();
    await panel.getByRole('link', { name: 'Actie “Training voor werkbegeleiders” heeft nog geen meetbaar doel.' }).waitFor();
    const id = page.url().match(/agenda\/([0-9a-f-]{36})/)![1]!;
    const agenda = await storedAgenda(app, id);
    expect(agenda.title).toBe('Werkagenda Banenafspraak Gemeenten 2025-2026');
    expect(agenda.actions.map((action) => action.title)).toEqual(['Regionale netwerkbijeenkomsten', 'SROI in aanbestedingen', 'Training voor werkbegeleiders', 'Samenwerking met het sw-bedrijf']);
    expect(agenda.knelpunten.map((item) => item.title)).toEqual(['Weinig tijd bij HR']);
    expect(agenda.knelpunten[0]!.answeredByActionIds).toEqual([agenda.actions[0]!.id]);
    expect(await panel.getByText(/Knelpunt “Weinig tijd bij HR” wordt nog door geen enkele actie aangepakt/).count()).toBe(0);
    expect(agenda.actions[3]).toMatchObject({ startMonth: '2025-01', endMonth: '2026-12', actor: 'partner' });
    await screenshot(page, 'word-inlezen-concept');
    // Made into a concept, the review is no longer kept: the screen asks for a file again.
    await page.evaluate(() => { window.location.hash = '#/word-inlezen'; });
    await page.getByRole('heading', { level: 1, name: 'Werkagenda uit Word inlezen', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Word-document kiezen' }).waitFor();
    await page.goBack();

    // Writing a new action in the Plan editor: the type is suggested live, and set only when taken.
    const form = page.getByRole('form', { name: 'Nieuwe actie' });
    await form.getByLabel('Titel van de nieuwe actie').fill('Inkoop bij sociale ondernemingen met SROI in elke aanbesteding');
    const take = form.getByRole('button', { name: 'Neem actietype 7 over: Inkoop en SROI' });
    await take.waitFor();
    expect(await form.getByLabel('Actietype van de nieuwe actie').inputValue()).toBe('0');
    await take.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => form.getByLabel('Actietype van de nieuwe actie').inputValue()).toBe('7');
    await form.getByText('Gekozen.').waitFor();
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'word-inlezen-nieuwe-actie-voorstel', { fullPage: false });
  });
});
