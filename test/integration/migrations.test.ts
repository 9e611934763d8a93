import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/database';
import { migrations } from '../../electron/core/db/migrations';
import { auditEventHash } from '../../electron/core/services/signoff/audit';
import { startCore } from '../../electron/core';
import { call } from '../support/core';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

/** An agenda of Defensie with one action, written with plain SQL into a file at an older version. */
function insertAgendaWithAction(sqlite: SQLite.Database, agendaId: string, actionId: string): void {
  sqlite.prepare(`INSERT INTO agendas (id, sector_id, start_year, end_year, title, created_at, updated_at)
    VALUES (?, 'ea41e91d-3a13-4e81-a8f5-212e1df57fac', 2025, 2026, 'Werkagenda', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`).run(agendaId);
  sqlite.prepare(`INSERT INTO actions (id, agenda_id, title, primary_type_id, sort_order, created_at, updated_at)
    VALUES (?, ?, 'Meet and greets', 8, 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`).run(actionId, agendaId);
}

describe('migrations', () => {
  it('build a new file with the reference data of the seeds', async () => {
    const file = join(tempDir(), 'nieuw.sqlite');
    const core = await startCore(file);
    const reference = await call(core, 'reference.get', {});
    await core.close();

    expect(reference.sectors.map((sector) => sector.name)).toEqual([
      'Gemeenten', 'Provincies', 'Waterschappen', 'Funderend onderwijs', 'Mbo', 'Hbo', 'Universiteiten',
      'Onderzoeksinstellingen', 'Umc’s', 'Defensie', 'Politie', 'Rijksoverheid',
    ]);
    expect(reference.sectors.filter((sector) => sector.isEmployer).map((sector) => sector.name)).toEqual(['Defensie', 'Politie', 'Rijksoverheid']);
    expect(reference.actionTypes).toHaveLength(12);
    expect(reference.actionTypes.filter((type) => type.origin === 'toegevoegd').map((type) => type.id)).toEqual([4, 5, 7]);
    expect(reference.actionTypes.every((type) => type.explanation.length > 20)).toBe(true);
    const kinds = (kind: string) => reference.catalogue.filter((item) => item.kind === kind).map((item) => item.code);
    expect(kinds('knelpunt')).toHaveLength(6);
    expect(kinds('succesfactor')).toHaveLength(9);
    expect(kinds('activiteit')).toEqual(['2a', '2b', '2c', '2d', '2e', '2f', '2g', '2h', '2i']);
  });

  it('turn on WAL and foreign keys, and record every migration in order', async () => {
    const file = join(tempDir(), 'pragma.sqlite');
    const database = await openDatabase(file);
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const applied = database.sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[];
    expect(applied.map((row) => row.name)).toEqual(Object.keys(migrations));
    await database.close();
  });

  it('upgrade a file of the previous version, keeping its data and taking a backup first', async () => {
    const dir = tempDir();
    const file = join(dir, 'oud.sqlite');
    const names = Object.keys(migrations);
    const previous = names[names.length - 2]!;
    const old = await openDatabase(file, { migrateTo: previous });
    const sectorCount = (old.sqlite.prepare('SELECT count(*) AS n FROM sectors').get() as { n: number }).n;
    // Rows a user of the previous version made.
    if (sectorCount === 0) {
      old.sqlite.prepare("INSERT INTO sectors (id, name, signatory_organisations, is_employer, sort_order) VALUES ('11111111-1111-4111-8111-111111111111', 'Eigen sector', '', 0, 99)").run();
    }
    const sectorId = (old.sqlite.prepare('SELECT id FROM sectors LIMIT 1').get() as { id: string }).id;
    old.sqlite.prepare(`INSERT INTO agendas (id, sector_id, start_year, end_year, title, created_at, updated_at)
      VALUES ('22222222-2222-4222-8222-222222222222', ?, 2023, 2024, 'Oude werkagenda', '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')`).run(sectorId);
    await old.close();

    const core = await startCore(file);
    const list = await call(core, 'agenda.list', {});
    const reference = await call(core, 'reference.get', {});
    await core.close();

    expect(list.agendas.map((agenda) => agenda.title)).toEqual(['Oude werkagenda']);
    expect(reference.actionTypes).toHaveLength(12);
    const backups = readdirSync(dir).filter((name) => name.includes('.backup-'));
    expect(backups).toHaveLength(1);
    const backup = new SQLite(join(dir, backups[0]!), { readonly: true });
    const applied = backup.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[];
    expect(applied.map((row) => row.name)).toEqual(names.slice(0, -1));
    expect((backup.prepare('SELECT title FROM agendas').get() as { title: string }).title).toBe('Oude werkagenda');
    backup.close();
  });

  it('bring agendas made before sign-off existed into it as concepts, with an id for this installation', async () => {
    const file = join(tempDir(), 'voor-ondertekening.sqlite');
    const old = await openDatabase(file, { migrateTo: '0005-cycle' });
    old.sqlite.prepare(`INSERT INTO agendas (id, sector_id, start_year, end_year, title, status, created_at, updated_at)
      VALUES ('33333333-3333-4333-8333-333333333333', 'ea41e91d-3a13-4e81-a8f5-212e1df57fac', 2023, 2024, 'Werkagenda uit 2023', 'vastgesteld', '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')`).run();
    await old.close();

    const core = await startCore(file);
    const agenda = await call(core, 'agenda.get', { id: '33333333-3333-4333-8333-333333333333' });
    const settings = await call(core, 'settings.get', {});
    const overview = await call(core, 'signoff.get', { agendaId: agenda.id });
    await core.close();
    // The old status column claimed "vastgesteld" without any signature: only revisions and signatures decide now.
    expect(agenda.status).toBe('concept');
    expect(overview.revisions).toEqual([]);
    expect(settings.installationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(settings.userName).toBe('');
  });

  it('0011 chains the Logboek lines already there in the order they were written, and keeps revisions and signatures of before readable', async () => {
    const file = join(tempDir(), 'voor-keten.sqlite');
    const old = await openDatabase(file, { migrateTo: '0009-agenda-quotum' });
    const agendaId = '44444444-4444-4444-8444-444444444444';
    old.sqlite.prepare(`INSERT INTO agendas (id, sector_id, start_year, end_year, title, created_at, updated_at)
      VALUES (?, 'ea41e91d-3a13-4e81-a8f5-212e1df57fac', 2025, 2026, 'Werkagenda van voor de keten', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`).run(agendaId);
    const insert = old.sqlite.prepare('INSERT INTO audit_events (id, agenda_id, at, actor, kind, summary) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('a0000000-0000-4000-8000-000000000002', agendaId, '2025-02-01T10:00:00.000Z', 'Auteur', 'opmerking', 'Tweede regel.');
    insert.run('a0000000-0000-4000-8000-000000000001', agendaId, '2025-01-01T10:00:00.000Z', 'Auteur', 'aangemaakt', 'Eerste regel.');
    await old.close();

    const core = await startCore(file);
    const events = (await call(core, 'audit.list', { agendaId })).events;
    await core.close();
    const [second, first] = events;
    expect(first).toMatchObject({ summary: 'Eerste regel.', prevHash: null });
    expect(first!.hash).toBe(auditEventHash(first!));
    expect(second).toMatchObject({ summary: 'Tweede regel.', prevHash: first!.hash });
    expect(second!.hash).toBe(auditEventHash(second!));
    const migrated = new SQLite(file, { readonly: true });
    const columns = (table: string) => (migrated.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name);
    expect(columns('revisions')).toEqual(expect.arrayContaining(['freeze_public_key', 'freeze_signature']));
    expect(columns('signatures')).toContain('statement_version');
    migrated.close();
  });

  it('0021 puts a revision\'s content last and keeps every revision, byte for byte, still immutable', async () => {
    const file = join(tempDir(), 'inhoud-achteraan.sqlite');
    const old = await openDatabase(file, { migrateTo: '0020-draft-fragments' });
    const agendaId = '55555555-5555-4555-8555-555555555555';
    old.sqlite.prepare(`INSERT INTO agendas (id, sector_id, start_year, end_year, title, created_at, updated_at)
      VALUES (?, 'ea41e91d-3a13-4e81-a8f5-212e1df57fac', 2025, 2026, 'Werkagenda met versies', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`).run(agendaId);
    const insert = old.sqlite.prepare(`INSERT INTO revisions (id, agenda_id, number, hash, content, frozen_at, frozen_by, freeze_public_key, freeze_signature)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    insert.run('b0000000-0000-4000-8000-000000000001', agendaId, 1, 'a'.repeat(64), `{"titel":"één ${'x'.repeat(50_000)}"}`, '2025-02-01T10:00:00.000Z', 'Auteur', null, null);
    insert.run('b0000000-0000-4000-8000-000000000002', agendaId, 2, 'b'.repeat(64), '{"titel":"twee"}', '2025-03-01T10:00:00.000Z', '', 'sleutel', 'handtekening');
    const before = old.sqlite.prepare('SELECT * FROM revisions ORDER BY number').all();
    await old.close();

    const migrated = await openDatabase(file);
    const columns = (migrated.sqlite.prepare('PRAGMA table_info(revisions)').all() as { name: string }[]).map((column) => column.name);
    expect(columns).toEqual(['id', 'agenda_id', 'number', 'hash', 'frozen_at', 'frozen_by', 'freeze_public_key', 'freeze_signature', 'content']);
    expect(migrated.sqlite.prepare('SELECT * FROM revisions ORDER BY number').all()).toEqual(before);
    expect(() => migrated.sqlite.prepare("UPDATE revisions SET content = '{}' WHERE number = 2").run()).toThrow(/revisions are immutable/);
    expect(() => migrated.sqlite.prepare(`INSERT INTO revisions (id, agenda_id, number, hash, content, frozen_at) VALUES ('b0000000-0000-4000-8000-000000000003', ?, 2, ?, '{}', 'nu')`).run(agendaId, 'c'.repeat(64))).toThrow(/UNIQUE/);
    migrated.sqlite.prepare('DELETE FROM agendas WHERE id = ?').run(agendaId);
    expect(migrated.sqlite.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 0 });
    await migrated.close();
  });

  it('0024 drops the parts kept before fingerprints, so none is trusted, and the status is still the draft\'s own', async () => {
    const file = join(tempDir(), 'vingerafdrukken.sqlite');
    const old = await openDatabase(file, { migrateTo: '0023-actions-in-order' });
    const agendaId = '66666666-6666-4666-8666-666666666666';
    const actionId = '77777777-7777-4777-8777-777777777777';
    insertAgendaWithAction(old.sqlite, agendaId, actionId);
    // A part kept by the older app that no longer matches its action (as after an edit its triggers missed).
    old.sqlite.prepare("INSERT INTO draft_fragments (item_id, canonical) VALUES (?, '{\"title\":\"oud\"}')").run(actionId);
    await old.close();

    const core = await startCore(file);
    const migrated = new SQLite(file, { readonly: true });
    try {
      expect(migrated.prepare('SELECT count(*) AS n FROM draft_fragments').get()).toEqual({ n: 0 });
      expect((migrated.prepare('PRAGMA table_info(draft_fragments)').all() as { name: string }[]).map((column) => column.name)).toEqual(['item_id', 'canonical', 'fingerprint']);
      await call(core, 'signatory.create', { agendaId, name: 'J. de Vries', function: 'Directeur', organisation: 'Defensie', required: true });
      await call(core, 'revision.freeze', { agendaId, by: 'Auteur' });
      const status = async () => (await call(core, 'agenda.list', {})).agendas.find((agenda) => agenda.id === agendaId)!.status;
      expect(await status()).toBe('ter_ondertekening');
      await call(core, 'action.update', { id: actionId, patch: { title: 'Meet and greets met werkgevers' } });
      expect(await status()).toBe('concept');
      expect((await call(core, 'action.update', { id: actionId, patch: { title: 'Meet and greets' } })).agenda.status).toBe('ter_ondertekening');
    } finally {
      migrated.close();
      await core.close();
    }
  });

  it('0025 drops the fingerprints kept without their parts, and an edit keeps the proof that the draft is no longer the version, until the next edit', async () => {
    const file = join(tempDir(), 'verschil.sqlite');
    const old = await openDatabase(file, { migrateTo: '0024-draft-fingerprints' });
    const agendaId = '88888888-8888-4888-8888-888888888888';
    const actionId = '99999999-9999-4999-8999-999999999999';
    insertAgendaWithAction(old.sqlite, agendaId, actionId);
    old.sqlite.prepare("INSERT INTO revision_fingerprints (hash, fingerprint) VALUES ('abc', 'def')").run();
    await old.close();

    const core = await startCore(file);
    const migrated = new SQLite(file, { readonly: true });
    try {
      expect(migrated.prepare('SELECT count(*) AS n FROM revision_fingerprints').get()).toEqual({ n: 0 });
      const triggers = (migrated.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'agendas'").all() as { name: string }[]).map((row) => row.name);
      expect(triggers).toContain('agendas_kept_stale');
      expect(triggers).not.toContain('agendas_fingerprint_stale');
      const kept = () => migrated.prepare('SELECT draft_fingerprint AS fingerprint, draft_differs_from AS differsFrom FROM agendas WHERE id = ?').get(agendaId);
      await call(core, 'signatory.create', { agendaId, name: 'J. de Vries', function: 'Directeur', organisation: 'Defensie', required: true });
      await call(core, 'revision.freeze', { agendaId, by: 'Auteur' });
      const { hash } = migrated.prepare('SELECT hash FROM revisions WHERE agenda_id = ?').get(agendaId) as { hash: string };
      expect((await call(core, 'action.update', { id: actionId, patch: { title: 'Meet and greets met werkgevers' } })).agenda.status).toBe('concept');
      expect(kept()).toEqual({ fingerprint: null, differsFrom: hash });
      expect(migrated.prepare('SELECT count(*) AS n FROM revision_parts WHERE hash = ?').get(hash)).toEqual({ n: 1 });
      // Any later change empties the proof (the trigger), and the edit keeps what it can prove then.
      await call(core, 'agenda.update', { id: agendaId, patch: { introduction: 'Nieuwe inleiding.' } });
      expect(kept()).toEqual({ fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/), differsFrom: null });
      await call(core, 'agenda.update', { id: agendaId, patch: { introduction: '' } });
      expect((await call(core, 'action.update', { id: actionId, patch: { title: 'Meet and greets' } })).agenda.status).toBe('ter_ondertekening');
    } finally {
      migrated.close();
      await core.close();
    }
  });

  it('take no backup when nothing needs migrating', async () => {
    const dir = tempDir();
    const file = join(dir, 'actueel.sqlite');
    await (await startCore(file)).close();
    await (await startCore(file)).close();
    expect(readdirSync(dir).some((name) => name.includes('.backup-'))).toBe(false);
    expect(existsSync(file)).toBe(true);
  });
});

describe('reference data', () => {
  it('lets users add and rename a sector and reword an action type, and keeps the changes', async () => {
    const file = join(tempDir(), 'ref.sqlite');
    const core = await startCore(file);
    await call(core, 'sector.save', { name: 'Zelfstandige bestuursorganen', signatoryOrganisations: 'Vereniging ZBO', isEmployer: false });
    const before = await call(core, 'reference.get', {});
    const gemeenten = before.sectors.find((sector) => sector.name === 'Gemeenten')!;
    await call(core, 'sector.save', { ...gemeenten, name: 'Gemeenten (VNG)' });
    await call(core, 'actionType.update', { id: 6, name: 'Job carving', explanation: 'Taken uit functies bundelen.' });
    await core.close();

    const reopened = await startCore(file);
    const after = await call(reopened, 'reference.get', {});
    await reopened.close();
    expect(after.sectors.map((sector) => sector.name)).toContain('Gemeenten (VNG)');
    expect(after.sectors.at(-1)).toMatchObject({ name: 'Zelfstandige bestuursorganen', sortOrder: 13, isEmployer: false });
    expect(after.sectors.find((sector) => sector.id === gemeenten.id)?.name).toBe('Gemeenten (VNG)');
    expect(after.actionTypes.find((type) => type.id === 6)).toMatchObject({ name: 'Job carving', origin: 'significant' });
  });
});

describe('0015 corrects the reference data, never what a user changed', () => {
  it('names the quotum regulation as the source of 1,93% and separates the explanations of types 2 and 10', async () => {
    const file = join(tempDir(), 'correcties.sqlite');
    const old = await openDatabase(file, { migrateTo: '0014-knelpunt-addressee' });
    old.sqlite.prepare("UPDATE action_types SET explanation = 'Onze eigen uitleg van type 10.' WHERE id = 10").run();
    await old.close();
    const database = await openDatabase(file);
    const source = (year: number) => (database.sqlite.prepare('SELECT source FROM quotum_percentages WHERE year = ?').get(year) as { source: string }).source;
    const explanation = (id: number) => (database.sqlite.prepare('SELECT explanation FROM action_types WHERE id = ?').get(id) as { explanation: string }).explanation;
    expect(source(2018)).toBe('Quotumregeling overheidswerkgevers, percentage voor 2018');
    expect(source(2018)).not.toContain('seed 003');
    expect(explanation(2)).not.toContain('WSP’s en uitzendbureaus');
    expect(explanation(2)).toContain('dragen ze voor');
    // The user's own wording of type 10 stays.
    expect(explanation(10)).toBe('Onze eigen uitleg van type 10.');
    await database.close();
  });
});

describe('0022 writes the reference data in plain words, never what a user changed', () => {
  it('spells out the werkgeversservicepunt in type 2 and says "acties" in K3, and keeps a user\'s own K3', async () => {
    const file = join(tempDir(), 'woorden.sqlite');
    const old = await openDatabase(file, { migrateTo: '0021-revision-content-last' });
    old.sqlite.prepare("UPDATE catalogue_items SET description = 'Onze eigen omschrijving van K3.' WHERE code = 'K3'").run();
    await old.close();
    const database = await openDatabase(file);
    const explanation = (database.sqlite.prepare('SELECT explanation FROM action_types WHERE id = 2').get() as { explanation: string }).explanation;
    expect(explanation).toContain('het werkgeversservicepunt (WSP)');
    expect((database.sqlite.prepare("SELECT description FROM catalogue_items WHERE code = 'K3'").get() as { description: string }).description).toBe('Onze eigen omschrijving van K3.');
    await database.close();

    const fresh = await openDatabase(join(tempDir(), 'nieuw.sqlite'));
    const k3 = (fresh.sqlite.prepare("SELECT description FROM catalogue_items WHERE code = 'K3'").get() as { description: string }).description;
    expect(k3).toContain('Niet alle acties zijn uit te voeren');
    expect(k3).not.toMatch(/activiteit/);
    expect((fresh.sqlite.prepare('SELECT source FROM quotum_percentages WHERE year = 2022').get() as { source: string }).source).toBe('Onderzoek werkagenda’s 2023, §4.2 (rekenvoorbeeld)');
    expect((fresh.sqlite.prepare("SELECT description FROM catalogue_items WHERE code = 'S3'").get() as { description: string }).description).toContain('werkgeversservicepunten (WSP’s)');
    await fresh.close();
  });
});
