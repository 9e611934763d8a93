import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/core/db/database';
import type { Database } from '../../electron/core/db/schema';
import type { Db } from '../../electron/core/services/common';
import { createAction } from '../../electron/core/services/plan/actions';
import { createAgenda, listAgendas, readAgenda, updateAgenda } from '../../electron/core/services/plan/agendas';
import { createSignatory } from '../../electron/core/services/plan/signatories';
import { hashContent } from '../../electron/core/services/signoff/crypto';
import { freezeRevision, getRevision } from '../../electron/core/services/signoff/revisions';
import { loadOverleg } from '../../electron/core/services/overleg/load';
import { signRevision } from '../../electron/core/services/signoff/signatures';
import { loadConfirmedKeys, loadRevisions, loadSignatures } from '../../electron/core/services/signoff/store';
import { statusOfDraft, summariseRevisions } from '../../electron/core/services/signoff/verify';
import { signoffOverview } from '../../electron/core/services/signoff/overview';
import { revisionContentOf } from '../../shared/revisionContent';
import { agendaScore } from '../../shared/score';
import { defensieId, gemeentenId } from '../support/core';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const passphrase = 'geheime zin voor de test';

async function signedAgenda(db: Db, title: string, options: { sign?: boolean; signatories?: number } = {}): Promise<string> {
  const { id } = await createAgenda(db, { sectorId: defensieId, startYear: 2025, endYear: 2026, title });
  await createAction(db, { agendaId: id, title: 'Meet and greets', primaryTypeId: 8, actor: 'sector', nature: 'nieuw' } as Parameters<typeof createAction>[1]);
  for (let index = 0; index < (options.signatories ?? 1); index++) {
    await createSignatory(db, { agendaId: id, name: `Bestuurder ${index + 1}`, function: 'Directeur', organisation: 'Defensie', required: true });
  }
  await freezeRevision(db, id, 'Auteur');
  if (options.sign !== false) {
    const signatories = await db.selectFrom('signatories').select('id').where('agendaId', '=', id).orderBy('sortOrder').execute();
    for (const person of signatories) await signRevision(db, { agendaId: id, revisionNumber: 1, signatoryId: person.id, passphrase, repeatPassphrase: passphrase });
  }
  return id;
}

/** What the list showed before the cache: every agenda read whole, its draft hashed and every check done from scratch. */
async function statusFromScratch(db: Db, id: string) {
  const revisions = await loadRevisions(db, id);
  if (revisions.length === 0) return { status: 'concept', vastgesteldNumber: null, vastgesteldKeys: null };
  const summaries = summariseRevisions(revisions, await loadSignatures(db, id), await loadConfirmedKeys(db));
  const vastgesteld = summaries.filter((revision) => revision.vastgesteld).at(-1);
  const draftHash = hashContent(revisionContentOf(await readAgenda(db, id))).hash;
  return { status: statusOfDraft(summaries, draftHash), vastgesteldNumber: vastgesteld?.number ?? null, vastgesteldKeys: vastgesteld?.keys ?? null };
}

const listed = async (db: Db) => (await listAgendas(db)).agendas.map(({ id, status, vastgesteldNumber, vastgesteldKeys }) => ({ id, status, vastgesteldNumber, vastgesteldKeys }));

async function open(): Promise<{ database: OpenDatabase; file: string }> {
  const file = join(tempDir(), 'data.sqlite');
  return { database: await openDatabase(file), file };
}

describe('verify once: the verification cache', () => {
  it('keeps reporting a tampered signature as invalid after a cached valid result, also when its row is replaced', async () => {
    const { database, file } = await open();
    const { db } = database;
    try {
      const id = await signedAgenda(db, 'Werkagenda Defensie 2025-2026');
      expect((await listAgendas(db)).agendas[0]!.status).toBe('vastgesteld');
      const cached = await db.selectFrom('verificationCache').select('key').execute();
      expect(cached.length).toBeGreaterThanOrEqual(3); // content, freeze and signature

      // Someone edits the file by hand: the trigger that refuses updates is dropped first.
      const raw = new SQLite(file);
      raw.exec('DROP TRIGGER signatures_immutable');
      raw.prepare("UPDATE signatures SET signer_name = 'Iemand Anders'").run();
      expect((await listAgendas(db)).agendas[0]!.status).toBe('ter_ondertekening');
      let overview = await signoffOverview(db, id);
      expect(overview.status).toBe('ter_ondertekening');
      expect(overview.revisions[0]!.signatures[0]).toMatchObject({ valid: false, problem: expect.stringMatching(/klopt niet/) });

      // The row replaced as a whole under the same id, its signature bytes flipped: still invalid.
      const row = raw.prepare('SELECT * FROM signatures').get() as Record<string, string>;
      raw.prepare('DELETE FROM signatures').run();
      const bytes = Buffer.from(row.signature!, 'base64');
      bytes[10] = bytes[10]! ^ 1;
      raw.prepare('INSERT INTO signatures (id, agenda_id, revision_number, revision_hash, signatory_id, signer_name, signer_function, signed_on, public_key, signature, created_at, statement_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(row.id, row.agenda_id, row.revision_number, row.revision_hash, row.signatory_id, 'Bestuurder 1', row.signer_function, row.signed_on, row.public_key, bytes.toString('base64'), row.created_at, row.statement_version);
      expect((await listAgendas(db)).agendas[0]!.status).toBe('ter_ondertekening');
      overview = await signoffOverview(db, id);
      expect(overview.revisions[0]!.signatures[0]!.valid).toBe(false);

      // The original row back: valid again, from what was checked before.
      raw.prepare('DELETE FROM signatures').run();
      raw.prepare('INSERT INTO signatures (id, agenda_id, revision_number, revision_hash, signatory_id, signer_name, signer_function, signed_on, public_key, signature, created_at, statement_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(row.id, row.agenda_id, row.revision_number, row.revision_hash, row.signatory_id, 'Bestuurder 1', row.signer_function, row.signed_on, row.public_key, row.signature, row.created_at, row.statement_version);
      expect((await listAgendas(db)).agendas[0]!.status).toBe('vastgesteld');

      // A revision's content changed behind its unchanged hash: every view that reads the content finds it,
      // also the overleg, which has parsed the intact content once before and keeps that parse.
      expect((await loadOverleg(db, { startYear: 2025, endYear: 2026 })).flagged).toEqual([]);
      raw.exec('DROP TRIGGER revisions_immutable');
      raw.prepare("UPDATE revisions SET content = replace(content, 'Meet and greets', 'Meet and grates')").run();
      raw.close();
      overview = await signoffOverview(db, id);
      expect(overview).toMatchObject({ status: 'concept', vastgesteldNumber: null });
      expect(overview.revisions[0]!.contentIntact).toBe(false);
      await expect(getRevision(db, id, 1)).rejects.toMatchObject({ code: 'CONFLICT' });
      expect((await loadOverleg(db, { startYear: 2025, endYear: 2026 })).flagged.map((item) => item.agendaId)).toEqual([id]);
      // The list reads no content: its status is the draft's, whose own hash still is the signed one.
      expect((await listAgendas(db)).agendas[0]!.status).toBe('vastgesteld');
    } finally {
      await database.close();
    }
  });

  it('never takes a cached answer whose row was forged in the cache itself for a changed statement', async () => {
    const { database, file } = await open();
    try {
      await signedAgenda(database.db, 'Werkagenda Defensie 2025-2026');
      await listAgendas(database.db);
      const raw = new SQLite(file);
      raw.exec('DROP TRIGGER signatures_immutable');
      raw.prepare("UPDATE signatures SET signed_on = '2020-01-01'").run();
      // Every remembered answer claims validity: the changed signature's key is not among them.
      raw.prepare("UPDATE verification_cache SET result = '1' WHERE result = '0'").run();
      raw.close();
      expect((await listAgendas(database.db)).agendas[0]!.status).toBe('ter_ondertekening');
    } finally {
      await database.close();
    }
  });

  it('lists the same statuses as checking every agenda from scratch, for agendas in every state', async () => {
    const { database } = await open();
    const { db } = database;
    try {
      const concept = (await createAgenda(db, { sectorId: gemeentenId, startYear: 2025, endYear: 2026, title: 'Nog nooit bevroren' })).id;
      const waiting = await signedAgenda(db, 'Ter ondertekening', { sign: false });
      const partly = await signedAgenda(db, 'Half getekend', { sign: false, signatories: 2 });
      const first = (await db.selectFrom('signatories').select('id').where('agendaId', '=', partly).orderBy('sortOrder').executeTakeFirstOrThrow()).id;
      await signRevision(db, { agendaId: partly, revisionNumber: 1, signatoryId: first, passphrase, repeatPassphrase: passphrase });
      const fixed = await signedAgenda(db, 'Vastgesteld');
      const editedAfter = await signedAgenda(db, 'Vastgesteld en daarna gewijzigd');
      await updateAgenda(db, editedAfter, { introduction: 'Een nieuwe inleiding.' });
      const editedBack = await signedAgenda(db, 'Gewijzigd en weer terug');
      await updateAgenda(db, editedBack, { introduction: 'Tijdelijk.' });
      expect((await listAgendas(db)).agendas.find((row) => row.id === editedBack)!.status).toBe('concept');
      await updateAgenda(db, editedBack, { introduction: '' });
      const refrozen = await signedAgenda(db, 'Tweede versie ter ondertekening');
      await updateAgenda(db, refrozen, { lookback: 'Terugblik.' });
      await freezeRevision(db, refrozen, 'Auteur');
      // A key no longer confirmed here: the list says so, as before.
      const unconfirmed = await signedAgenda(db, 'Sleutel niet bevestigd');
      const signer = await db.selectFrom('signatures').select('signatoryId').where('agendaId', '=', unconfirmed).executeTakeFirstOrThrow();
      await db.deleteFrom('confirmedKeys').where('signatoryId', '=', signer.signatoryId).execute();
      // A milestone ticked off is execution: it changes neither the hash nor the status.
      await db.updateTable('actions').set({ status: 'lopend' }).where('agendaId', '=', fixed).execute();

      const expected = new Map<string, string>([
        [concept, 'concept'], [waiting, 'ter_ondertekening'], [partly, 'ter_ondertekening'], [fixed, 'vastgesteld'], [editedAfter, 'concept'],
        [editedBack, 'vastgesteld'], [refrozen, 'ter_ondertekening'], [unconfirmed, 'vastgesteld'],
      ]);
      for (let round = 0; round < 2; round++) {
        const rows = await listed(db);
        expect(rows.map((row) => [row.id, row.status]).sort()).toEqual([...expected].sort());
        for (const row of rows) expect({ id: row.id, ...await statusFromScratch(db, row.id) }).toEqual(row);
        // The score and number of actions, kept beside the draft hash, are what the agenda itself gives.
        const types = await db.selectFrom('actionTypes').select('id').execute();
        for (const row of (await listAgendas(db)).agendas) {
          const agenda = await readAgenda(db, row.id);
          expect([row.actionCount, row.score]).toEqual([agenda.actions.length, agendaScore(agenda, types)]);
        }
        await createAction(db, { agendaId: concept, title: 'Proefplaatsingen', primaryTypeId: 9, extraTypeIds: [10], actor: 'sector', nature: 'nieuw' } as Parameters<typeof createAction>[1]);
        expect((await listAgendas(db)).agendas.find((row) => row.id === concept)).toMatchObject({ actionCount: 1 + round, score: 2 });
      }
      const rows = await listed(db);
      expect(rows.find((row) => row.id === editedAfter)!.vastgesteldNumber).toBe(1);
      expect(rows.find((row) => row.id === refrozen)!.vastgesteldNumber).toBe(1);
      expect(rows.find((row) => row.id === unconfirmed)!.vastgesteldKeys).toMatchObject({ required: 1, confirmed: 0 });
    } finally {
      await database.close();
    }
  });

  it('reads remembered answers from memory on the next list, and still checks a changed signature afresh', async () => {
    const { database, file } = await open();
    try {
      const queries: string[] = [];
      const logged: Db = new Kysely<Database>({
        dialect: new SqliteDialect({ database: database.sqlite }), plugins: [new CamelCasePlugin()], log: (event) => { queries.push(event.query.sql); },
      });
      await signedAgenda(database.db, 'Werkagenda Defensie 2025-2026');
      await listAgendas(logged);
      expect(queries.some((query) => query.includes('verification_cache'))).toBe(true);
      queries.length = 0;
      expect((await listAgendas(logged)).agendas[0]!.status).toBe('vastgesteld');
      expect(queries.some((query) => query.includes('verification_cache'))).toBe(false);

      const raw = new SQLite(file);
      raw.exec('DROP TRIGGER signatures_immutable');
      raw.prepare("UPDATE signatures SET signer_function = 'Iets anders'").run();
      raw.close();
      expect((await listAgendas(logged)).agendas[0]!.status).toBe('ter_ondertekening');
    } finally {
      await database.close();
    }
  });

  it('runs a fixed number of SQL statements per agenda.list, however many agendas there are', async () => {
    const { database } = await open();
    try {
      let statements = 0;
      const counted: Db = new Kysely<Database>({
        dialect: new SqliteDialect({ database: database.sqlite }), plugins: [new CamelCasePlugin()], log: () => { statements++; },
      });
      const countList = async () => {
        statements = 0;
        await listAgendas(counted);
        return statements;
      };
      for (let index = 0; index < 2; index++) await signedAgenda(database.db, `Werkagenda ${index + 1}`);
      await countList(); // the first list after signing may remember new checks
      const few = await countList();
      for (let index = 2; index < 8; index++) await signedAgenda(database.db, `Werkagenda ${index + 1}`);
      await createAgenda(database.db, { sectorId: gemeentenId, startYear: 2025, endYear: 2026, title: 'Concept' });
      await countList();
      const many = await countList();
      expect((await listAgendas(counted)).agendas).toHaveLength(9);
      expect(many).toBe(few);
      expect(few).toBeLessThanOrEqual(12);
    } finally {
      await database.close();
    }
  });
});
