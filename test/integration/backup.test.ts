import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { migrations } from '../../electron/core/db/migrations';
import type { BackupPreview } from '../../shared/domain/backup';
import { call, defensieId, gemeentenId, refused } from '../support/core';
import { makeOldDatabase } from '../support/oldDatabase';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const names = Object.keys(migrations);

const newAgenda = (title: string, sectorId = defensieId) => ({ sectorId, startYear: 2025, endYear: 2026, title });
const titles = async (core: Core) => (await call(core, 'agenda.list', {})).agendas.map((agenda) => agenda.title).sort();
const backupFolderOf = (dataFile: string) => join(dataFile, '..', 'reservekopieen');

/** The bytes of a backup as a file, opened read-only: what a person would find in the download. */
function openBytes(base64: string): SQLite.Database {
  const file = join(tempDir(), 'kopie.sqlite');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return new SQLite(file, { readonly: true });
}

describe('Reservekopie maken', () => {
  it('gives a consistent copy while the app keeps writing, each one holding a whole number of finished edits', async () => {
    const core = await startCore(join(tempDir(), 'werkagenda.sqlite'));
    await call(core, 'agenda.create', newAgenda('Eerste'));
    let writing = true;
    let written = 1;
    const writer = (async () => {
      while (writing) {
        const agenda = await call(core, 'agenda.create', newAgenda(`Agenda ${written}`));
        await call(core, 'knelpunt.create', { agendaId: agenda.id, title: `Knelpunt van ${written}`, description: 'x'.repeat(500) });
        written += 1;
        // The core answers without real I/O waits: give the timers (and the backups) a turn.
        await new Promise((next) => setImmediate(next));
      }
    })();
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      const before = written;
      const backup = await call(core, 'backup.create', {});
      expect(backup.fileName).toMatch(/^Reservekopie werkagenda \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.sqlite$/);
      const copy = openBytes(backup.base64);
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      const agendas = (copy.prepare('SELECT count(*) AS n FROM agendas').get() as { n: number }).n;
      const knelpunten = (copy.prepare('SELECT count(*) AS n FROM knelpunten').get() as { n: number }).n;
      copy.close();
      // Every agenda but the newest has its knelpunt: never half of a write.
      expect(knelpunten === agendas - 1 || knelpunten === agendas).toBe(true);
      expect(agendas).toBeGreaterThanOrEqual(before);
      seen.push(agendas);
      await new Promise((wait) => setTimeout(wait, 5));
    }
    writing = false;
    await writer;
    await core.close();
    expect(new Set(seen).size, 'the writes went on between backups').toBeGreaterThan(1);
  });

  it('makes one automatic backup a day at start-up, and thins the old ones', async () => {
    const dataFile = join(tempDir(), 'werkagenda.sqlite');
    const startOn = async (iso: string) => (await startCore(dataFile, { now: () => new Date(iso) })).close();
    await startOn('2026-12-01T08:00:00Z');
    await startOn('2026-12-01T15:00:00Z');
    expect(readdirSync(backupFolderOf(dataFile))).toEqual(['reservekopie-2026-12-01T08-00-00.sqlite']);
    for (let day = 2; day <= 20; day++) await startOn(`2026-12-${String(day).padStart(2, '0')}T08:00:00Z`);
    const files = readdirSync(backupFolderOf(dataFile)).sort();
    expect(files).toHaveLength(10);
    expect(files[0]).toBe('reservekopie-2026-12-11T08-00-00.sqlite');
    const core = await startCore(dataFile, { now: () => new Date('2026-12-20T09:00:00Z') });
    const list = await call(core, 'backup.list', {});
    await core.close();
    expect(list.folder).toBe(backupFolderOf(dataFile));
    expect(list.automatic[0]).toEqual({ fileName: 'reservekopie-2026-12-20T08-00-00.sqlite', madeAt: '2026-12-20T08:00:00.000Z' });
  });
});

describe('Reservekopie terugzetten', () => {
  it('shows what the backup holds, backs up the current state, and brings the old state back', async () => {
    const dataFile = join(tempDir(), 'werkagenda.sqlite');
    const core = await startCore(dataFile);
    const kept = await call(core, 'agenda.create', newAgenda('Werkagenda Defensie 2025-2026'));
    await call(core, 'agenda.create', newAgenda('Werkagenda Gemeenten 2025-2026', gemeentenId));
    await call(core, 'signatory.create', { agendaId: kept.id, name: 'B. Bestuurder', required: true });
    await call(core, 'revision.freeze', { agendaId: kept.id, by: 'Auteur Defensie' });
    const backup = await call(core, 'backup.create', {});

    await call(core, 'agenda.update', { id: kept.id, patch: { title: 'Nieuwe titel' } });
    await call(core, 'agenda.create', newAgenda('Later toegevoegd'));
    expect(await titles(core)).toEqual(['Later toegevoegd', 'Nieuwe titel', 'Werkagenda Gemeenten 2025-2026']);

    const preview: BackupPreview = await call(core, 'backup.preview', { fileName: backup.fileName, base64: backup.base64 });
    expect(preview.fileName).toBe(backup.fileName);
    expect(preview.olderVersion).toBe(false);
    expect(Date.now() - Date.parse(preview.madeAt!)).toBeLessThan(60_000);
    expect(preview.agendas.map((agenda) => agenda.title).sort()).toEqual(['Werkagenda Defensie 2025-2026', 'Werkagenda Gemeenten 2025-2026']);
    expect(preview.agendas.every((agenda) => agenda.period === '2025-2026' && !agenda.deleted)).toBe(true);
    expect(preview.agendas.find((agenda) => agenda.title === 'Werkagenda Defensie 2025-2026')?.versions).toBe(1);
    // The preview changed nothing.
    expect(await titles(core)).toEqual(['Later toegevoegd', 'Nieuwe titel', 'Werkagenda Gemeenten 2025-2026']);

    const restoreError = await refused(core, 'backup.restore', { fileName: backup.fileName, base64: backup.base64 });
    expect(restoreError.message).toBe('Bevestig eerst dat u de reservekopie wilt terugzetten.');

    const result = await call(core, 'backup.restore', { fileName: backup.fileName, base64: backup.base64, confirmed: true });
    expect(result.agendas).toBe(2);
    expect(await titles(core)).toEqual(['Werkagenda Defensie 2025-2026', 'Werkagenda Gemeenten 2025-2026']);
    // The app goes on writing to the restored file, and keeps it after a restart.
    await call(core, 'agenda.create', newAgenda('Na het terugzetten'));
    await core.close();
    const again = await startCore(dataFile);
    expect(await titles(again)).toEqual(['Na het terugzetten', 'Werkagenda Defensie 2025-2026', 'Werkagenda Gemeenten 2025-2026']);

    // The replaced state is in the backup folder, and is itself a backup the app can restore.
    const safety = join(backupFolderOf(dataFile), result.safetyBackup);
    expect(result.safetyBackup).toMatch(/-voor-terugzetten\.sqlite$/);
    const safetyPreview = await call(again, 'backup.preview', { fileName: result.safetyBackup, base64: readFileSync(safety).toString('base64') });
    expect(safetyPreview.agendas.map((agenda) => agenda.title).sort()).toEqual(['Later toegevoegd', 'Nieuwe titel', 'Werkagenda Gemeenten 2025-2026']);
    // The stamp of the backup does not travel into the data file.
    const sqlite = new SQLite(dataFile, { readonly: true });
    expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'reservekopie_info'").get()).toBeUndefined();
    sqlite.close();
    await again.close();
  });

  it('lets calls that arrive during a restore, a second restore too, wait for the restored file', async () => {
    const core = await startCore(join(tempDir(), 'werkagenda.sqlite'));
    await call(core, 'agenda.create', newAgenda('In de reservekopie'));
    const backup = await call(core, 'backup.create', {});
    await call(core, 'agenda.create', newAgenda('Verdwijnt bij terugzetten'));
    const input = { fileName: backup.fileName, base64: backup.base64, confirmed: true as const };
    const [first, second, list] = await Promise.all([
      core.invoke('backup.restore', input),
      core.invoke('backup.restore', input),
      (async () => { await Promise.resolve(); return call(core, 'agenda.list', {}); })(),
    ]);
    expect(first.ok).toBe(true);
    expect(second.ok).toBe(true);
    expect(list.agendas.map((agenda) => agenda.title)).toEqual(['In de reservekopie']);
    await call(core, 'agenda.create', newAgenda('Daarna'));
    expect(await titles(core)).toEqual(['Daarna', 'In de reservekopie']);
    await core.close();
  });

  it('brings a backup of an older version up to date when it is restored', async () => {
    const old = join(tempDir(), 'oud.sqlite');
    await makeOldDatabase(old, '0007-overleg', 3, 1);
    const core = await startCore(join(tempDir(), 'werkagenda.sqlite'));
    const base64 = readFileSync(old).toString('base64');
    const preview = await call(core, 'backup.preview', { fileName: 'oud.sqlite', base64 });
    expect(preview).toMatchObject({ olderVersion: true, madeAt: null, lastChange: '2023-01-02T00:00:00Z' });
    expect(preview.agendas).toHaveLength(3);
    await call(core, 'backup.restore', { fileName: 'oud.sqlite', base64, confirmed: true });
    expect(await titles(core)).toEqual(['Werkagenda 0', 'Werkagenda 1', 'Werkagenda 2']);
    const targets = await call(core, 'agenda.get', { id: '00000000-0000-4000-8000-000000000001' });
    expect(targets.targets[0]?.perYear).toBe(false);
    await core.close();
  });

  it('refuses, in Dutch, files that are not a backup of this app, and changes nothing', async () => {
    const dir = tempDir();
    const dataFile = join(dir, 'werkagenda.sqlite');
    const core = await startCore(dataFile);
    await call(core, 'agenda.create', newAgenda('Blijft staan'));
    const good = await call(core, 'backup.create', {});
    const goodBytes = Buffer.from(good.base64, 'base64');

    const other = join(dir, 'ander.sqlite');
    const otherDb = new SQLite(other);
    otherDb.exec('CREATE TABLE boodschappen (wat TEXT); INSERT INTO boodschappen VALUES (\'melk\')');
    otherDb.close();

    const newer = join(dir, 'nieuwer.sqlite');
    writeFileSync(newer, goodBytes);
    const newerDb = new SQLite(newer);
    newerDb.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('0099-toekomst', '2030-01-01T00:00:00Z')").run();
    newerDb.close();

    const cases: [string, Buffer, RegExp][] = [
      ['geen database', Buffer.from('Dit is een Word-document, echt waar.'.repeat(100)), /geen database/],
      ['een andere database', readFileSync(other), /niet van deze toepassing/],
      ['een nieuwere versie', readFileSync(newer), /nieuwere versie van Werkagenda Banenafspraak/],
      ['afgebroken', goodBytes.subarray(0, Math.floor(goodBytes.length / 2)), /beschadigd of onvolledig/],
      ['leeg', Buffer.alloc(0), /leeg/],
    ];
    for (const [what, bytes, message] of cases) {
      for (const channel of ['backup.preview', 'backup.restore'] as const) {
        const error = await refused(core, channel, { fileName: `${what}.sqlite`, base64: bytes.toString('base64'), confirmed: true });
        expect(error.code, what).toBe('VALIDATION');
        expect(error.message, what).toMatch(message);
        expect(error.message, what).toContain('niets gewijzigd');
      }
    }
    const tooLarge = await refused(core, 'backup.preview', { fileName: 'groot.sqlite', base64: Buffer.alloc(26 * 1024 * 1024).toString('base64') });
    expect(tooLarge.code).toBe('FILE_TOO_LARGE');
    expect(tooLarge.message).toMatch(/^Het bestand is 26 MB; een reservekopie mag hoogstens 25 MB zijn\.$/);

    expect(await titles(core)).toEqual(['Blijft staan']);
    expect(readdirSync(backupFolderOf(dataFile)).some((name) => name.includes('voor-terugzetten'))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await core.close();
  });
});

describe('copying the data file', () => {
  it('a plain copy while the app runs can miss the latest edits (they are still in the WAL), a Reservekopie does not', async () => {
    const dir = tempDir();
    const dataFile = join(dir, 'werkagenda.sqlite');
    const core = await startCore(dataFile);
    await call(core, 'agenda.create', newAgenda('Net ingevoerd'));
    mkdirSync(join(dir, 'kopie'));
    copyFileSync(dataFile, join(dir, 'kopie', 'werkagenda.sqlite'));
    const plain = new SQLite(join(dir, 'kopie', 'werkagenda.sqlite'), { readonly: true });
    const hasAgenda = Boolean(plain.prepare("SELECT name FROM sqlite_master WHERE name = 'agendas'").get())
      && (plain.prepare('SELECT count(*) AS n FROM agendas').get() as { n: number }).n === 1;
    plain.close();
    expect(hasAgenda, 'the plain copy is missing the edit').toBe(false);
    const backup = openBytes((await call(core, 'backup.create', {})).base64);
    expect((backup.prepare('SELECT title FROM agendas').get() as { title: string }).title).toBe('Net ingevoerd');
    backup.close();
    await core.close();
    expect(existsSync(`${dataFile}-wal`)).toBe(false);
    expect(names.length).toBeGreaterThan(0);
  });
});
