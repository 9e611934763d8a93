import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPrivateKey } from 'node:crypto';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import { generateSignerKey, hashContent, signText } from '../../electron/core/services/signoff/crypto';
import { signRevision } from '../../electron/core/services/signoff/signatures';
import { openSealedKey } from '../../electron/core/services/signoff/vault';
import { createAttemptLimiter } from '../../shared/attempts';
import { freezeStatement, signingStatement, type RevisionContent } from '../../shared/domain/signoff';
import { signExchangeFile } from '../../electron/core/exchange/fileSignature';
import type { ExchangeFile } from '../../shared/domain/exchange';
import { statusWords } from '../../shared/keys';
import { cycleChecks } from '../../shared/overleg/checks';
import { call, refused } from '../support/core';
import { useTempDir } from '../support/temp';
import { fullAgenda } from './export-support/agendas';

const tempDir = useTempDir();
const passphrase = 'een zin die alleen J. de Vries kent';

function bytesOf(file: string): Buffer {
  return Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
}

async function exportFile(core: Core, agendaId: string): Promise<ExchangeFile> {
  const file = await call(core, 'exchange.export', { agendaId });
  return JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) as ExchangeFile;
}

const importFile = (core: Core, file: ExchangeFile) => call(core, 'exchange.import', { fileName: 'x.werkagenda', text: JSON.stringify(file) });

/** The author's installation, where J. de Vries signs version 1 with a passphrase; and the Overleg's, which receives the file. */
async function signedAtAuthor() {
  const authorFile = join(tempDir(), 'auteur.sqlite');
  const author = await startCore(authorFile);
  const overleg = await startCore(join(tempDir(), 'overleg.sqlite'));
  const agenda = await fullAgenda(author);
  await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur' });
  const jan = agenda.signatories.find((person) => person.required)!;
  const overview = await call(author, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId: jan.id, passphrase, repeatPassphrase: passphrase });
  const genuine = overview.revisions[0]!.signatures[0]!;
  return { author, authorFile, overleg, agenda, jan, genuine, close: async () => { await author.close(); await overleg.close(); } };
}

/** What an attacker can do without any secret: change content, re-hash it, sign in the signer's name with a key of their own. */
function forge(file: ExchangeFile, revisionNumber: number, change: (content: RevisionContent) => RevisionContent): ExchangeFile {
  const forged = structuredClone(file);
  const base = forged.revisions.find((revision) => revision.number === Math.min(revisionNumber, forged.revisions.length))!;
  const content = change(structuredClone(base.content));
  const { hash } = hashContent(content);
  // The attacker's own installation key covers "bevroren door" and, below, the whole file: every check of the mathematics passes.
  const installation = generateSignerKey();
  const unfrozen = { ...base, number: revisionNumber, hash, content, id: revisionNumber === base.number ? base.id : crypto.randomUUID() };
  const revision = { ...unfrozen, freezePublicKey: installation.publicKey, freezeSignature: signText(installation.privateKey, freezeStatement({ ...unfrozen, agendaId: content.agendaId })) };
  forged.revisions = [...forged.revisions.filter((item) => item.number !== revisionNumber), revision];
  forged.agenda.draft = content;
  const genuine = file.signatures.find((signature) => signature.revisionNumber === base.number)!;
  const key = generateSignerKey();
  const unsigned = { ...genuine, id: revisionNumber === base.number ? genuine.id : crypto.randomUUID(), revisionNumber, revisionHash: hash, publicKey: key.publicKey, createdAt: new Date().toISOString() };
  forged.signatures = [...forged.signatures.filter((signature) => signature.revisionNumber !== revisionNumber), { ...unsigned, signature: signText(key.privateKey, signingStatement(unsigned)) }];
  const { fileSignature: _old, ...unsignedFile } = forged;
  return signExchangeFile(unsignedFile, installation);
}

describe('a forged signature in the real signer’s name', () => {
  it('is valid mathematics but an unconfirmed key: never shown as vastgesteld by a confirmed key', async () => {
    const { author, overleg, agenda, genuine, close } = await signedAtAuthor();
    const forged = forge(await exportFile(author, agenda.id), 1, (content) => ({ ...content, title: 'Werkagenda Defensie 2025-2026 (zonder banendoel)', jobGoals: [] }));

    const preview = await call(overleg, 'exchange.preview', { fileName: 'x.werkagenda', text: JSON.stringify(forged) });
    expect(preview.problems).toEqual([]);
    await importFile(overleg, forged);
    const overview = await call(overleg, 'signoff.get', { agendaId: agenda.id });
    const revision = overview.revisions[0]!;
    const signature = revision.signatures[0]!;
    expect(signature).toMatchObject({ signerName: 'J. de Vries', valid: true, keyState: 'onbevestigd' });
    expect(signature.keyFingerprint).not.toBe(genuine.keyFingerprint);
    expect(revision.keys).toEqual({ required: 1, confirmed: 0, otherKey: 0 });
    expect(statusWords(overview.status, revision.keys)).toBe('Vastgesteld met onbevestigde sleutels (0 van 1 sleutel bevestigd)');

    // The start list and the Overleg say the same, and the Overleg does not count it as vastgesteld.
    const listed = (await call(overleg, 'agenda.list', {})).agendas.find((row) => row.id === agenda.id)!;
    expect(statusWords(listed.status, listed.vastgesteldKeys)).toBe('Vastgesteld met onbevestigde sleutels (0 van 1 sleutel bevestigd)');
    const compared = (await call(overleg, 'overleg.get', { period: null })).agendas.find((row) => row.agendaId === agenda.id)!;
    expect(compared.signoff).toMatchObject({ state: 'vastgesteld', keys: { required: 1, confirmed: 0, otherKey: 0 } });
    const reference = await call(overleg, 'reference.get', {});
    expect(cycleChecks(compared, reference.actionTypes).find((check) => check.code === 'vastgesteld')).toMatchObject({
      ok: false, detail: 'Vastgesteld met onbevestigde sleutels (0 van 1 sleutel bevestigd): telt niet als vastgesteld tot de sleutels zijn bevestigd onder Ondertekening.',
    });

    // The fingerprint J. de Vries reads out is that of the genuine key: the forged key cannot be confirmed with it.
    const wrong = await refused(overleg, 'key.confirm', { agendaId: agenda.id, signatureId: signature.id, readFingerprint: genuine.keyFingerprint, by: 'Secretaris' });
    expect(wrong).toMatchObject({ code: 'VALIDATION', field: 'readFingerprint' });
    expect((await call(overleg, 'signoff.get', { agendaId: agenda.id })).revisions[0]!.signatures[0]!.keyState).toBe('onbevestigd');
    await close();
  });

  it('as a version 2 over a genuine, confirmed version 1 is flagged as another key than confirmed before', async () => {
    const { author, overleg, agenda, genuine, close } = await signedAtAuthor();
    const file = await exportFile(author, agenda.id);
    await importFile(overleg, file);
    let overview = await call(overleg, 'signoff.get', { agendaId: agenda.id });
    const received = overview.revisions[0]!.signatures[0]!;
    expect(received).toMatchObject({ valid: true, keyState: 'onbevestigd', keyFingerprint: genuine.keyFingerprint });

    // The signer reads the fingerprint out over the phone; the secretary types it.
    overview = await call(overleg, 'key.confirm', { agendaId: agenda.id, signatureId: received.id, readFingerprint: genuine.keyFingerprint.replaceAll(' ', ''), by: 'Secretaris' });
    expect(overview.revisions[0]!.signatures[0]!.keyState).toBe('bevestigd');
    expect(statusWords(overview.status, overview.revisions[0]!.keys)).toBe('Vastgesteld (1 van 1 sleutel bevestigd)');
    expect((await refused(overleg, 'key.confirm', { agendaId: agenda.id, signatureId: received.id, readFingerprint: genuine.keyFingerprint, by: 'Secretaris' })).message).toMatch(/al bevestigd/);
    const events = (await call(overleg, 'audit.list', { agendaId: agenda.id })).events;
    expect(events[0]).toMatchObject({ kind: 'sleutel_bevestigd', actor: 'Secretaris' });

    const forged = forge(file, 2, (content) => ({ ...content, title: 'Werkagenda Defensie 2025-2026 (vervalst)', jobGoals: [] }));
    await importFile(overleg, forged);
    overview = await call(overleg, 'signoff.get', { agendaId: agenda.id });
    const [v1, v2] = overview.revisions;
    expect(v1!.signatures[0]!.keyState).toBe('bevestigd');
    expect(v2!.signatures[0]).toMatchObject({ valid: true, keyState: 'andere_sleutel', newKey: true });
    expect(v2!.keys).toEqual({ required: 1, confirmed: 0, otherKey: 1 });
    expect(statusWords(overview.status, v2!.keys)).toBe('Vastgesteld met een andere sleutel dan eerder bevestigd (0 van 1 sleutel bevestigd)');
    const compared = (await call(overleg, 'overleg.get', { period: null })).agendas.find((row) => row.agendaId === agenda.id)!;
    expect(compared).toMatchObject({ revisionNumber: 2, signoff: { keys: { confirmed: 0, otherKey: 1 } } });
    await close();
  });
});

describe('the passphrase', () => {
  it('refuses a wrong one in Dutch, writes nothing, and slows down repeated tries', async () => {
    const { author, authorFile, agenda, jan, close } = await signedAtAuthor();
    await call(author, 'agenda.update', { id: agenda.id, patch: { title: 'Werkagenda Defensie 2025-2026 (herzien)' } });
    await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur' });
    const before = bytesOf(authorFile);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const wrong = await refused(author, 'signature.sign', { agendaId: agenda.id, revisionNumber: 2, signatoryId: jan.id, passphrase: `${passphrase}!` });
      expect(wrong).toMatchObject({ code: 'VALIDATION', field: 'passphrase', message: 'Deze wachtwoordzin is onjuist. Er is niets ondertekend.' });
    }
    // Now even the right passphrase must wait, and is not even tried.
    const slowed = await refused(author, 'signature.sign', { agendaId: agenda.id, revisionNumber: 2, signatoryId: jan.id, passphrase });
    expect(slowed).toMatchObject({ code: 'CONFLICT', field: 'passphrase' });
    expect(slowed.message).toMatch(/^Er is te vaak een onjuiste wachtwoordzin ingevuld voor J\. de Vries\. Probeer het over \d+ seconden opnieuw\.$/);
    expect(bytesOf(authorFile).equals(before)).toBe(true);
    await close();

    // The delay passes with the clock (injected here, so the test does not wait).
    let clock = 0;
    const limiter = createAttemptLimiter(() => clock);
    const { db, close: closeDb } = await openDatabase(authorFile);
    const input = { agendaId: agenda.id, revisionNumber: 2, signatoryId: jan.id };
    for (let attempt = 1; attempt <= 3; attempt += 1) await expect(signRevision(db, { ...input, passphrase: 'nog een verkeerde zin' }, limiter)).rejects.toThrow(/onjuist/);
    await expect(signRevision(db, { ...input, passphrase }, limiter)).rejects.toThrow(/te vaak/);
    clock += limiter.waitMs(jan.id);
    const signed = await signRevision(db, { ...input, passphrase }, limiter);
    expect(signed.revisions[1]!.signatures[0]).toMatchObject({ valid: true, keyState: 'bevestigd', newKey: false });
    await closeDb();
  });

  it('forgotten: a new key, shown as new; the old one still verifies its signatures', async () => {
    const { author, authorFile, overleg, agenda, jan, genuine, close } = await signedAtAuthor();
    await importFile(overleg, await exportFile(author, agenda.id));
    const received = (await call(overleg, 'signoff.get', { agendaId: agenda.id })).revisions[0]!.signatures[0]!;
    await call(overleg, 'key.confirm', { agendaId: agenda.id, signatureId: received.id, readFingerprint: genuine.keyFingerprint, by: 'Secretaris' });

    await call(author, 'agenda.update', { id: agenda.id, patch: { title: 'Werkagenda Defensie 2025-2026 (herzien)' } });
    await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur' });
    const fresh = 'een nieuwe zin, want de oude is weg';
    expect((await refused(author, 'signature.sign', { agendaId: agenda.id, revisionNumber: 2, signatoryId: jan.id, passphrase: fresh, replaceKey: true })).field).toBe('repeatPassphrase');
    let overview = await call(author, 'signature.sign', { agendaId: agenda.id, revisionNumber: 2, signatoryId: jan.id, passphrase: fresh, repeatPassphrase: fresh, replaceKey: true });
    const [v1, v2] = overview.revisions;
    expect(v1!.signatures[0]).toMatchObject({ valid: true, keyState: 'bevestigd', keyFingerprint: genuine.keyFingerprint });
    expect(v2!.signatures[0]).toMatchObject({ valid: true, keyState: 'bevestigd', newKey: true });
    expect(v2!.signatures[0]!.keyFingerprint).not.toBe(genuine.keyFingerprint);
    expect(overview.localKeys.find((key) => key.signatoryId === jan.id)!.fingerprint).toBe(v2!.signatures[0]!.keyFingerprint);
    expect((await call(author, 'audit.list', { agendaId: agenda.id })).events.some((event) => event.kind === 'sleutel_vervangen')).toBe(true);
    // The old passphrase opens nothing any more.
    await call(author, 'agenda.update', { id: agenda.id, patch: { title: 'Werkagenda Defensie 2025-2026 (derde)' } });
    await call(author, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur' });
    expect((await refused(author, 'signature.sign', { agendaId: agenda.id, revisionNumber: 3, signatoryId: jan.id, passphrase })).message).toMatch(/onjuist/);

    // Where the old key was confirmed, the new one shows as another key until it is confirmed too.
    await importFile(overleg, await exportFile(author, agenda.id));
    overview = await call(overleg, 'signoff.get', { agendaId: agenda.id });
    expect(overview.revisions[1]!.signatures[0]).toMatchObject({ keyState: 'andere_sleutel', newKey: true });
    await close();

    const sqlite = new SQLite(authorFile, { readonly: true });
    const keys = sqlite.prepare('SELECT sealed_private_key AS sealed, plain_private_key AS plain, replaced_at AS replacedAt FROM personal_keys ORDER BY created_at').all() as { sealed: string | null; plain: string | null; replacedAt: string | null }[];
    expect(keys.map((key) => [key.sealed === null, key.plain, key.replacedAt === null])).toEqual([[true, null, false], [false, null, true]]);
    sqlite.close();
  });

  it('keeps the private key sealed: the stored bytes are no key, and the key itself appears nowhere in the file', async () => {
    const { author, authorFile, jan, close } = await signedAtAuthor();
    await close();
    const sqlite = new SQLite(authorFile, { readonly: true });
    const row = sqlite.prepare('SELECT public_key AS publicKey, sealed_private_key AS sealed, plain_private_key AS plain FROM personal_keys WHERE signatory_id = ?').get(jan.id) as { publicKey: string; sealed: string; plain: string | null };
    sqlite.close();
    expect(row.plain).toBeNull();
    const sealed = JSON.parse(row.sealed) as Record<string, unknown>;
    expect(sealed).toMatchObject({ v: 1, kdf: 'scrypt', N: 32768, r: 8, p: 1 });
    for (const stored of [row.sealed, String(sealed.data)]) {
      expect(() => createPrivateKey({ key: Buffer.from(stored, 'base64'), format: 'der', type: 'pkcs8' })).toThrow();
    }
    const opened = await openSealedKey(row.sealed, passphrase, jan.id, row.publicKey);
    expect(opened).not.toBeNull();
    expect(await openSealedKey(row.sealed, 'een andere zin dan deze', jan.id, row.publicKey)).toBeNull();
    // Bound to its signatory: copied onto another row it does not open.
    expect(await openSealedKey(row.sealed, passphrase, crypto.randomUUID(), row.publicKey)).toBeNull();
    const der = Buffer.from(opened!, 'base64');
    const disk = bytesOf(authorFile);
    expect(disk.includes(der)).toBe(false);
    expect(disk.includes(Buffer.from(opened!, 'utf8'))).toBe(false);
    void author;
  });
});

describe('a key from before passphrases (migration 0010)', () => {
  it('is kept, confirmed, and only used after its signer chooses a passphrase, which seals it', async () => {
    const file = join(tempDir(), 'oud.sqlite');
    const old = await openDatabase(file, { migrateTo: '0009-agenda-quotum' });
    const legacy = generateSignerKey();
    const signatoryId = crypto.randomUUID();
    old.sqlite.prepare('INSERT INTO signer_keys (signatory_id, public_key, private_key, created_at) VALUES (?, ?, ?, ?)').run(signatoryId, legacy.publicKey, legacy.privateKey, '2026-01-05T10:00:00.000Z');
    await old.close();

    let core = await startCore(file);
    const agenda = await fullAgenda(core);
    const jan = agenda.signatories.find((person) => person.required)!;
    await core.close();
    // The legacy key belonged to this signatory: give the signatory that id.
    const sqlite = new SQLite(file);
    sqlite.prepare('UPDATE signatories SET id = ? WHERE id = ?').run(signatoryId, jan.id);
    expect(sqlite.prepare('SELECT how FROM confirmed_keys WHERE signatory_id = ?').get(signatoryId)).toEqual({ how: 'hier_gemaakt' });
    sqlite.close();

    core = await startCore(file);
    await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur' });
    let overview = await call(core, 'signoff.get', { agendaId: agenda.id });
    expect(overview.localKeys.find((key) => key.signatoryId === signatoryId)).toMatchObject({ protection: 'zonder_wachtwoordzin' });
    // Not silently: without choosing a passphrase the old key signs nothing.
    expect((await refused(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId, passphrase })).field).toBe('repeatPassphrase');
    overview = await call(core, 'signature.sign', { agendaId: agenda.id, revisionNumber: 1, signatoryId, passphrase, repeatPassphrase: passphrase });
    const signature = overview.revisions[0]!.signatures[0]!;
    expect(signature).toMatchObject({ valid: true, keyState: 'bevestigd' });
    expect(overview.localKeys.find((key) => key.signatoryId === signatoryId)).toMatchObject({ protection: 'wachtwoordzin', fingerprint: signature.keyFingerprint });
    await core.close();
    const after = new SQLite(file, { readonly: true });
    expect(after.prepare('SELECT public_key AS publicKey, plain_private_key AS plain FROM personal_keys WHERE signatory_id = ?').get(signatoryId)).toEqual({ publicKey: legacy.publicKey, plain: null });
    after.close();
    expect(bytesOf(file).includes(Buffer.from(legacy.privateKey, 'utf8'))).toBe(false);
  });
});
