import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { auditEventHash } from '../../electron/core/services/signoff/audit';
import { generateSignerKey } from '../../electron/core/services/signoff/crypto';
import { auditHeadOf, signExchangeFile } from '../../electron/core/exchange/fileSignature';
import type { ExchangeFile } from '../../shared/domain/exchange';
import { call, refused } from '../support/core';
import { asMadeBefore } from '../support/exchange';
import { useTempDir } from '../support/temp';
import { fullAgenda } from './export-support/agendas';

const tempDir = useTempDir();

const fileSignatureProblem = 'Het bestand is gewijzigd na het exporteren: de ondertekening door de installatie die het maakte klopt niet meer.';

async function exportText(core: Core, agendaId: string): Promise<string> {
  return Buffer.from((await call(core, 'exchange.export', { agendaId })).base64, 'base64').toString('utf8');
}

/** An author who froze and had version 1 signed, a board member who receives the file. */
async function signedAgenda() {
  const author = await startCore(join(tempDir(), 'auteur.sqlite'));
  const board = await startCore(join(tempDir(), 'bestuurslid.sqlite'));
  await call(author, 'settings.update', { userName: 'Auteur Defensie' });
  const agenda = await fullAgenda(author);
  await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
  await call(author, 'remark.create', { agendaId: agenda.id, revisionNumber: 1, target: { kind: 'section', sectionId: 'inleiding' }, author: 'Auteur Defensie', text: 'Klaar voor het bestuur.' });
  await call(author, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: agenda.signatories[0]!.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
  const text = await exportText(author, agenda.id);
  const authorKey = (await call(author, 'settings.get', {})).installationKeyFingerprint;
  return { author, board, agenda, text, authorKey, close: async () => { await author.close(); await board.close(); } };
}

/** What a forger with a key of their own does after editing: the audit head recomputed and the whole file signed again. */
function resignedByForger(file: ExchangeFile): string {
  const { fileSignature: _s, ...rest } = file;
  return JSON.stringify(signExchangeFile({ ...rest, auditHead: auditHeadOf(rest.audit) }, generateSignerKey()));
}

const edited = (text: string, change: (file: ExchangeFile) => void): ExchangeFile => {
  const file = JSON.parse(text) as ExchangeFile;
  change(file);
  return file;
};

describe('everything a reader of an exchange file relies on is covered', () => {
  it('the file is signed by the exporting installation: the preview names it with its key, and any change after export is flagged and refused unless accepted', async () => {
    const { board, agenda, text, authorKey, close } = await signedAgenda();
    expect(authorKey).toMatch(/^\d{5}( \d{5}){3}$/);
    const preview = await call(board, 'exchange.preview', { text });
    expect(preview).toMatchObject({ kind: 'nieuw', canImport: true, problems: [], notices: [] });
    expect(preview.origin).toBe(`Afkomstig van Auteur Defensie, installatiesleutel ${authorKey}.`);

    // Parts no revision hash covers: a remark, the sender's name, a measurement-free execution field.
    const changes: [string, (file: ExchangeFile) => void][] = [
      ['a remark rewritten', (file) => { file.remarks[0]!.text = 'Akkoord zonder voorbehoud.'; }],
      ['the sender renamed', (file) => { file.exportedBy.name = 'De minister'; }],
      ['the export time moved', (file) => { file.exportedAt = '2020-01-01T00:00:00.000Z'; }],
      ['a remark removed', (file) => { file.remarks = []; }],
    ];
    for (const [label, change] of changes) {
      const tampered = JSON.stringify(edited(text, change));
      expect((await call(board, 'exchange.preview', { text: tampered })).problems, label).toEqual([fileSignatureProblem]);
      const error = await refused(board, 'exchange.import', { text: tampered });
      expect(error, label).toMatchObject({ code: 'VALIDATION', field: 'acceptProblems' });
    }
    // A file whose signature was taken out says so; it does not pass for a file made before.
    const stripped = edited(text, (file) => { delete file.fileSignature; });
    const strippedPreview = await call(board, 'exchange.preview', { text: JSON.stringify(stripped) });
    expect(strippedPreview.problems).toEqual([expect.stringMatching(/^De ondertekening van het bestand ontbreekt/)]);
    expect(strippedPreview.origin).toBe('Afkomstig van Auteur Defensie; het bestand is niet ondertekend door de installatie die het maakte.');
    // Accepted on purpose, it still imports (as a tampered file does), and the import says so in the Logboek.
    await call(board, 'exchange.import', { text: JSON.stringify(edited(text, changes[0]![1])), acceptProblems: true });
    const events = (await call(board, 'audit.list', { agendaId: agenda.id })).events;
    expect(events[0]!.summary).toContain(fileSignatureProblem);
    await close();
  });

  it('a rewritten “bevroren door” or freezing time is detected, also when the forger signs the whole file again with a key of their own', async () => {
    const { board, text, authorKey, close } = await signedAgenda();
    for (const change of [
      (file: ExchangeFile) => { file.revisions[0]!.frozenBy = 'De secretaris-generaal'; },
      (file: ExchangeFile) => { file.revisions[0]!.frozenAt = '2024-12-01T09:00:00.000Z'; },
    ]) {
      const plain = await call(board, 'exchange.preview', { text: JSON.stringify(edited(text, change)) });
      expect(plain.problems).toEqual([fileSignatureProblem, 'Versie 1: “Vastgelegd door” of het tijdstip van vastleggen is later gewijzigd. Het klopt niet meer met wat de installatie die de versie vastlegde, heeft beveiligd.']);
      const forged = await call(board, 'exchange.preview', { text: resignedByForger(edited(text, change)) });
      expect(forged.problems).toEqual(['Versie 1: “Vastgelegd door” of het tijdstip van vastleggen is later gewijzigd. Het klopt niet meer met wat de installatie die de versie vastlegde, heeft beveiligd.']);
      // And the file names another installation key than the author's.
      expect(forged.origin).toMatch(/^Afkomstig van Auteur Defensie, installatiesleutel /);
      expect(forged.origin).not.toContain(authorKey);
    }
    await close();
  });

  it('after import the revision shows who froze it as covered by the author\'s installation key, and a signature binds its time', async () => {
    const { author, board, agenda, text, authorKey, close } = await signedAgenda();
    await call(board, 'exchange.import', { text });
    const revision = (await call(board, 'signoff.get', { agendaId: agenda.id })).revisions[0]!;
    expect(revision.freezeCheck).toEqual({ state: 'geldig', keyFingerprint: authorKey, text: `De naam en het tijdstip van vastleggen zijn beveiligd met installatiesleutel ${authorKey}.` });
    expect(revision.signatures[0]).toMatchObject({ valid: true, statementVersion: 2, timeNotice: null });
    expect((await call(author, 'revision.get', { agendaId: agenda.id, number: 1 })).revision.freezeCheck.state).toBe('geldig');

    const moved = edited(text, (file) => { file.signatures[0]!.createdAt = '2026-01-01T08:00:00.000Z'; });
    const preview = await call(board, 'exchange.preview', { text: resignedByForger(moved) });
    expect(preview.problems).toEqual(['De handtekening van J. de Vries op versie 1 is ongeldig: De handtekening klopt niet: de inhoud, naam, functie of datum is gewijzigd na het ondertekenen.']);
    // Turned back into the old statement version, the signature fails too: no downgrade.
    const downgraded = edited(text, (file) => { file.signatures[0]!.statementVersion = 1; });
    expect((await call(board, 'exchange.preview', { text: resignedByForger(downgraded) })).problems).toHaveLength(1);
    await close();
  });

  it('a rewritten, removed or invented Logboek line is detected and said in Dutch', async () => {
    const { board, text, close } = await signedAgenda();
    const original = JSON.parse(text) as ExchangeFile;
    expect(original.audit.length).toBeGreaterThanOrEqual(4);
    expect(original.audit.every((event) => event.hash !== null)).toBe(true);
    const middle = original.audit[1]!;

    const rewritten = edited(text, (file) => { file.audit[1]!.summary = 'Versie 1 ter ondertekening aangeboden door de minister.'; });
    const rewrittenPreview = await call(board, 'exchange.preview', { text: JSON.stringify(rewritten) });
    expect(rewrittenPreview.problems).toContain(fileSignatureProblem);
    expect(rewrittenPreview.problems).toContainEqual(expect.stringMatching(/^Logboek: de regel van .* \(“Versie 1 ter ondertekening aangeboden door de minister\.”\) is gewijzigd nadat die werd vastgelegd\.$/));
    // The forger recomputes the line's hash: the next line no longer follows it.
    const rehashed = edited(text, (file) => {
      const event = file.audit[1]!;
      event.actor = 'De minister';
      event.hash = auditEventHash(event);
    });
    expect((await call(board, 'exchange.preview', { text: resignedByForger(rehashed) })).problems)
      .toEqual([expect.stringMatching(/^Logboek: vóór de regel van .* ontbreekt een regel; het logboek is ingekort of herschreven\.$/)]);

    const removed = edited(text, (file) => { file.audit = file.audit.filter((event) => event.id !== middle.id); });
    const removedPreview = await call(board, 'exchange.preview', { text: JSON.stringify(removed) });
    expect(removedPreview.problems).toEqual([
      fileSignatureProblem,
      expect.stringMatching(/^Logboek: vóór de regel van .* ontbreekt een regel/),
      'Logboek: er zijn regels toegevoegd, verwijderd of verplaatst nadat het bestand werd gemaakt.',
    ]);
    const lastRemoved = edited(text, (file) => { file.audit.pop(); });
    expect((await call(board, 'exchange.preview', { text: JSON.stringify(lastRemoved) })).problems)
      .toEqual([fileSignatureProblem, 'Logboek: er zijn regels toegevoegd, verwijderd of verplaatst nadat het bestand werd gemaakt.']);

    const invented = edited(text, (file) => {
      const event = { ...file.audit[0]!, id: '99999999-9999-4999-8999-999999999999', summary: 'Goedgekeurd door het bestuur.', prevHash: file.audit.at(-1)!.hash };
      file.audit.push({ ...event, hash: auditEventHash(event) });
    });
    expect((await call(board, 'exchange.preview', { text: JSON.stringify(invented) })).problems)
      .toEqual([fileSignatureProblem, 'Logboek: er zijn regels toegevoegd, verwijderd of verplaatst nadat het bestand werd gemaakt.']);
    await close();
  });

  it('a file signed again by a forger cannot rewrite the history this installation already holds', async () => {
    const { author, text, close } = await signedAgenda();
    // The author gets "their" file back with their own Logboek line and an old revision's "bevroren door" rewritten.
    const rewritten = edited(asMadeBefore(text), (file) => {
      const frozen = file.audit.find((event) => event.kind === 'bevroren')!;
      frozen.summary = 'Versie 1 ter ondertekening aangeboden door de minister.';
      file.revisions[0]!.frozenBy = 'De minister';
    });
    const preview = await call(author, 'exchange.preview', { text: JSON.stringify(rewritten) });
    expect(preview.problems).toEqual([
      expect.stringMatching(/^Logboek: de regel van .* \(“Versie 1 ter ondertekening aangeboden \(controlecode .*\)\.”\) staat in het bestand anders dan hier; het logboek in het bestand is herschreven\.$/),
      'Versie 1: in het bestand staat een andere “vastgelegd door” of een ander tijdstip van vastleggen dan hier (hier: Auteur Defensie).',
    ]);
    expect(await refused(author, 'exchange.import', { text: JSON.stringify(rewritten) })).toMatchObject({ field: 'acceptProblems' });
    await close();
  });

  it('a file made before this protection still imports and verifies as before, and says plainly what it lacks', async () => {
    const { board, agenda, text, close } = await signedAgenda();
    const old = asMadeBefore(text);
    const preview = await call(board, 'exchange.preview', { text: old });
    expect(preview).toMatchObject({ kind: 'nieuw', canImport: true, problems: [] });
    expect(preview.origin).toBe('Afkomstig van Auteur Defensie; het bestand is niet ondertekend door de installatie die het maakte.');
    expect(preview.notices).toEqual([expect.stringMatching(/^Dit bestand is gemaakt met een eerdere versie van de toepassing: het is niet als geheel ondertekend/)]);
    await call(board, 'exchange.import', { text: old });
    const overview = await call(board, 'signoff.get', { agendaId: agenda.id });
    expect(overview.status).toBe('vastgesteld');
    const revision = overview.revisions[0]!;
    expect(revision.freezeCheck).toMatchObject({ state: 'onbeveiligd', keyFingerprint: null });
    expect(revision.freezeCheck.text).toMatch(/^Deze versie is vastgelegd met een eerdere versie van de toepassing/);
    expect(revision.signatures[0]).toMatchObject({ valid: true, statementVersion: 1 });
    expect(revision.signatures[0]!.timeNotice).toMatch(/Het tijdstip van ondertekenen is toen niet mee ondertekend/);
    // Its unchained Logboek lines stay; the installation's own next line chains on.
    const events = (await call(board, 'audit.list', { agendaId: agenda.id })).events;
    expect(events[0]).toMatchObject({ kind: 'geimporteerd', prevHash: null });
    expect(events[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(events.slice(1).every((event) => event.hash === null)).toBe(true);

    // Sent on from here, the file is signed; the parts from before are named as lacking protection.
    const onward = await exportText(board, agenda.id);
    const third = await startCore(join(tempDir(), 'derde.sqlite'));
    const onwardPreview = await call(third, 'exchange.preview', { text: onward });
    expect(onwardPreview.problems).toEqual([]);
    expect(onwardPreview.notices).toEqual([
      expect.stringMatching(/^Versie 1: Deze versie is vastgelegd met een eerdere versie van de toepassing/),
      expect.stringMatching(/^De handtekening van J\. de Vries op versie 1: gezet met een eerdere versie van de toepassing/),
      expect.stringMatching(/^\d+ regels in het logboek zijn vastgelegd met een eerdere versie van de toepassing en niet beveiligd\.$/),
    ]);
    await third.close();
    await close();
  });
});
