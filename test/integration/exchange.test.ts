import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { call, refused } from '../support/core';
import { useTempDir } from '../support/temp';
import { fullAgenda } from './export-support/agendas';

const tempDir = useTempDir();

async function exportText(core: Core, agendaId: string): Promise<{ fileName: string; text: string }> {
  const file = await call(core, 'exchange.export', { agendaId });
  return { fileName: file.fileName, text: Buffer.from(file.base64, 'base64').toString('utf8') };
}

/** The database as bytes on disk (main file and write-ahead log): "unchanged" means byte for byte. */
function bytesOf(file: string): Buffer {
  return Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
}

/** Two installations: the author's and a board member's, each with its own database file. */
async function twoInstallations() {
  const authorFile = join(tempDir(), 'auteur.sqlite');
  const boardFile = join(tempDir(), 'bestuurslid.sqlite');
  const author = await startCore(authorFile);
  const board = await startCore(boardFile);
  await call(author, 'settings.update', { userName: 'Auteur Defensie' });
  await call(board, 'settings.update', { userName: 'J. de Vries' });
  const agenda = await fullAgenda(author);
  await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
  return { author, board, agenda, boardFile, authorFile, close: async () => { await author.close(); await board.close(); } };
}

describe('the exchange file between installations', () => {
  it('carries an agenda to a board member and brings the remark and a valid signature back', async () => {
    const { author, board, agenda, close } = await twoInstallations();
    const sent = await exportText(author, agenda.id);
    expect(sent.fileName).toBe('Werkagenda Defensie 2025-2026 versie 1.werkagenda');
    const parsed = JSON.parse(sent.text) as Record<string, unknown>;
    expect(parsed).toMatchObject({ format: 'werkagenda-banenafspraak', version: 1 });
    expect(sent.text).not.toMatch(/private/i);

    const preview = await call(board, 'exchange.preview', { fileName: sent.fileName, text: sent.text });
    expect(preview).toMatchObject({ kind: 'nieuw', canImport: true, problems: [], title: 'Werkagenda Defensie 2025-2026', exportedBy: 'Auteur Defensie' });
    const imported = await call(board, 'exchange.import', { fileName: sent.fileName, text: sent.text });
    expect(imported.kind).toBe('nieuw');

    // The board member reads exactly what was frozen, remarks and signs.
    let overview = await call(board, 'signoff.get', { agendaId: agenda.id });
    expect(overview.status).toBe('ter_ondertekening');
    const revision = overview.revisions[0]!;
    const authorHash = (await call(author, 'signoff.get', { agendaId: agenda.id })).revisions[0]!.hash;
    expect(revision.hash).toBe(authorHash);
    expect((await call(board, 'revision.get', { agendaId: agenda.id, number: 1 })).agenda.actions.map((a) => a.title)).toEqual(agenda.actions.map((a) => a.title));
    await call(board, 'remark.create', { agendaId: agenda.id, revisionNumber: 1, target: { kind: 'action', actionId: agenda.actions[0]!.id }, author: 'J. de Vries', text: 'Is het budget structureel?' });
    overview = await call(board, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: agenda.signatories[0]!.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    expect(overview.status).toBe('vastgesteld');
    const returned = await exportText(board, agenda.id);

    // The author reads the file back: the remark and the valid signature appear.
    const back = await call(author, 'exchange.preview', { fileName: returned.fileName, text: returned.text });
    expect(back.kind).toBe('samenvoegen');
    expect(back.changes).toEqual(['1 nieuwe opmerking van elders.', '1 nieuwe handtekening: J. de Vries (versie 1).']);
    await call(author, 'exchange.import', { fileName: returned.fileName, text: returned.text });
    overview = await call(author, 'signoff.get', { agendaId: agenda.id });
    expect(overview.status).toBe('vastgesteld');
    expect(overview.revisions[0]!.signatures.map((s) => [s.signerName, s.valid])).toEqual([['J. de Vries', true]]);
    expect(overview.remarks.map((r) => [r.author, r.text])).toEqual([['J. de Vries', 'Is het budget structureel?']]);
    const events = (await call(author, 'audit.list', { agendaId: agenda.id })).events;
    expect(events.filter((e) => e.kind === 'ondertekend').map((e) => e.actor)).toEqual(['J. de Vries']);
    expect(events[0]).toMatchObject({ kind: 'geimporteerd', actor: 'Auteur Defensie' });
    expect(events.some((e) => e.kind === 'geimporteerd' && e.actor === 'J. de Vries')).toBe(true);

    // The same file again brings nothing new and is refused politely.
    const again = await call(author, 'exchange.preview', { fileName: returned.fileName, text: returned.text });
    expect(again).toMatchObject({ kind: 'niets_nieuw', canImport: false });
    expect((await refused(author, 'exchange.import', { text: returned.text })).code).toBe('CONFLICT');
    await close();
  });

  it('offers a newer version as an update showing what changes, and refuses an older or diverged one', async () => {
    const { author, board, agenda, boardFile, close } = await twoInstallations();
    const first = await exportText(author, agenda.id);
    await call(board, 'exchange.import', { text: first.text });

    await call(author, 'agenda.update', { id: agenda.id, patch: { title: 'Werkagenda Defensie 2025-2026 (herzien)' } });
    await call(author, 'action.delete', { id: agenda.actions[2]!.id });
    await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
    const second = await exportText(author, agenda.id);

    const update = await call(board, 'exchange.preview', { text: second.text });
    expect(update.kind).toBe('bijwerken');
    expect(update.changes).toEqual(['Nieuwe versie: 2. De inhoud van het concept wordt bijgewerkt:', '– De titel is gewijzigd.', '– Actie “Training voor begeleiders” is verwijderd.', '– Doel “Training aangeboden” is verwijderd.']);
    await call(board, 'exchange.import', { text: second.text });
    const overview = await call(board, 'signoff.get', { agendaId: agenda.id });
    expect(overview.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect(overview.status).toBe('ter_ondertekening');
    expect((await call(board, 'agenda.get', { id: agenda.id })).title).toBe('Werkagenda Defensie 2025-2026 (herzien)');

    // The first file is older now: refused, nothing written.
    const before = bytesOf(boardFile);
    const older = await call(board, 'exchange.preview', { text: first.text });
    expect(older).toMatchObject({ kind: 'ouder', canImport: false });
    expect(older.explanation).toMatch(/ouder dan de werkagenda hier \(versie 1; hier al versie 2\)/);
    expect((await refused(board, 'exchange.import', { text: first.text })).code).toBe('CONFLICT');
    expect(bytesOf(boardFile).equals(before)).toBe(true);

    // The board member's copy diverges (an own version 3); the author's version 3 is then refused.
    await call(board, 'agenda.update', { id: agenda.id, patch: { lookback: 'Eigen aanvulling.' } });
    await call(board, 'revision.freeze', { agendaId: agenda.id, by: 'J. de Vries' });
    await call(author, 'agenda.update', { id: agenda.id, patch: { objectives: 'Andere doelen.' } });
    await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
    const third = await exportText(author, agenda.id);
    const diverged = await call(board, 'exchange.preview', { text: third.text });
    expect(diverged).toMatchObject({ kind: 'afwijkend', canImport: false });
    expect(diverged.explanation).toMatch(/^Versie 3 in het bestand verschilt van versie 3 hier/);

    // Unfrozen edits here would be overwritten by a newer version: refused too.
    await call(author, 'agenda.update', { id: agenda.id, patch: { objectives: 'Nog weer anders.' } });
    await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
    const fourth = await exportText(author, agenda.id);
    const fresh = await startCore(join(tempDir(), 'derde.sqlite'));
    await call(fresh, 'exchange.import', { text: first.text });
    await call(fresh, 'agenda.update', { id: agenda.id, patch: { introduction: 'Nog niet bevroren wijziging.' } });
    const overwrite = await call(fresh, 'exchange.preview', { text: fourth.text });
    expect(overwrite).toMatchObject({ kind: 'afwijkend', canImport: false });
    expect(overwrite.explanation).toMatch(/zou die wijzigingen overschrijven/);
    await fresh.close();
    await close();
  });

  it('refuses bad files with a Dutch message and leaves the database byte for byte unchanged', async () => {
    const { author, board, agenda, boardFile, close } = await twoInstallations();
    const good = JSON.parse((await exportText(author, agenda.id)).text) as Record<string, unknown> & { agenda: { draft: Record<string, unknown> }; revisions: { number: unknown }[] };
    const variant = (change: (file: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return JSON.stringify(copy);
    };
    const cases: [string, string, RegExp][] = [
      ['not JSON', 'Dit is een Word-document, geen JSON', /de inhoud is geen geldige JSON/],
      ['JSON but not ours', '{"hallo": "wereld"}', /geen uitwisselbestand van de Werkagenda Banenafspraak/],
      ['a newer version', variant((file) => { file.version = 2; }), /versie 2 van het uitwisselformaat; deze toepassing kent versie 1\. Werk de toepassing bij/],
      ['an unknown version', variant((file) => { file.version = 'een'; }), /onbekende versie van het uitwisselformaat \("een"\)/],
      ['50 MB', `{"format":"werkagenda-banenafspraak","x":"${'a'.repeat(50 * 1024 * 1024)}"}`, /^Het bestand is 50 MB; een uitwisselbestand mag hoogstens 20 MB zijn\.$/],
      ['a missing title', variant((file) => { delete file.agenda.draft.title; }), /Het veld “agenda\.draft\.title” ontbreekt\./],
      ['a missing list', variant((file) => { delete file.signatures; }), /Het veld “signatures” ontbreekt\./],
      ['a mistyped number', variant((file) => { file.revisions[0]!.number = 'één'; }), /Het veld “revisions\.0\.number” heeft de verkeerde soort waarde: verwacht een getal\./],
      ['a mistyped hash', variant((file) => { (file.revisions[0] as Record<string, unknown>).hash = 'abc'; }), /Het veld “revisions\.0\.hash”: Een controlecode \(SHA-256\) bestaat uit 64 hexadecimale tekens\./],
      ['parts of another agenda', variant((file) => { file.agenda.draft.agendaId = '11111111-1111-4111-8111-111111111111'; }), /niet alle onderdelen horen bij dezelfde werkagenda/],
    ];
    const before = bytesOf(boardFile);
    for (const [label, text, message] of cases) {
      for (const channel of ['exchange.preview', 'exchange.import']) {
        const error = await refused(board, channel, { fileName: 'x.werkagenda', text });
        expect(error.code, label).toBe(label === '50 MB' ? 'FILE_TOO_LARGE' : 'VALIDATION');
        expect(error.message, label).toMatch(message);
      }
    }
    expect(bytesOf(boardFile).equals(before)).toBe(true);
    expect((await call(board, 'agenda.list', {})).agendas).toEqual([]);
    await close();
  });

  it('flags a tampered file, never imports it silently, and shows its signatures as invalid', async () => {
    const { author, board, agenda, boardFile, close } = await twoInstallations();
    await call(author, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: agenda.signatories[0]!.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    const text = (await exportText(author, agenda.id)).text;
    // One word of the frozen content changed after signing.
    const file = JSON.parse(text) as { revisions: { content: { title: string } }[] };
    file.revisions[0]!.content.title = 'Werkagenda Defensie 2025-2027';
    const tampered = JSON.stringify(file);

    const preview = await call(board, 'exchange.preview', { text: tampered });
    expect(preview.problems).toEqual([
      'Het bestand is gewijzigd na het exporteren: de ondertekening door de installatie die het maakte klopt niet meer.',
      'Versie 1: de inhoud komt niet overeen met de controlecode. Het bestand is gewijzigd nadat deze versie werd vastgelegd.',
      'De handtekening van J. de Vries op versie 1 is ongeldig: De inhoud van deze versie is gewijzigd na het vastleggen; de handtekening geldt daarom niet.',
    ]);
    const before = bytesOf(boardFile);
    const error = await refused(board, 'exchange.import', { text: tampered });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'acceptProblems' });
    expect(bytesOf(boardFile).equals(before)).toBe(true);

    await call(board, 'exchange.import', { text: tampered, acceptProblems: true });
    const overview = await call(board, 'signoff.get', { agendaId: agenda.id });
    expect(overview.revisions[0]).toMatchObject({ contentIntact: false, vastgesteld: false });
    expect(overview.revisions[0]!.signatures.map((s) => s.valid)).toEqual([false]);
    expect(overview.status).toBe('concept');
    const events = (await call(board, 'audit.list', { agendaId: agenda.id })).events;
    expect(events[0]!.summary).toMatch(/Met 3 waarschuwingen/);

    // A signature whose name was changed afterwards is flagged too.
    const renamed = JSON.parse(text) as { signatures: { signerName: string }[] };
    renamed.signatures[0]!.signerName = 'Iemand anders';
    const author2 = await call(author, 'exchange.preview', { text: JSON.stringify(renamed) });
    expect(author2.problems).toEqual(['Het bestand is gewijzigd na het exporteren: de ondertekening door de installatie die het maakte klopt niet meer.', 'De handtekening van Iemand anders op versie 1 is ongeldig: De handtekening klopt niet: de inhoud, naam, functie of datum is gewijzigd na het ondertekenen.']);
    await close();
  });
});
