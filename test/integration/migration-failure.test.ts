import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely, type Migration } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../electron/core/db/database';
import { DatabaseError } from '../../electron/core/db/errors';
import { migrations } from '../../electron/core/db/migrations';
import { startCore } from '../../electron/core';
import { appliedNames, makeOldDatabase, rowCounts } from '../support/oldDatabase';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const names = Object.keys(migrations);

/** The app's migrations plus two of a future version: the first works, the second fails halfway through. */
const withBrokenUpdate: Record<string, Migration> = {
  ...migrations,
  '9998-works': { up: async (db: Kysely<unknown>) => { await sql`CREATE TABLE works (id INTEGER)`.execute(db); } },
  '9999-breaks': {
    up: async (db: Kysely<unknown>) => {
      await sql`CREATE TABLE half_done (id INTEGER)`.execute(db);
      await sql`INSERT INTO no_such_table VALUES (1)`.execute(db);
    },
  },
};

async function expectDatabaseError(promise: Promise<unknown>, code: string): Promise<DatabaseError> {
  const error = await promise.then(() => null, (failure: unknown) => failure);
  expect(error).toBeInstanceOf(DatabaseError);
  expect((error as DatabaseError).code).toBe(code);
  return error as DatabaseError;
}

describe('a start-up migration that fails', () => {
  it('puts the file back as it was, says so in Dutch, and reuses its one backup on every later try', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dir = tempDir();
    const file = join(dir, 'werkagenda.sqlite');
    await makeOldDatabase(file, names.at(-1)!, 30, 2);
    const before = rowCounts(file);

    for (let attempt = 0; attempt < 3; attempt++) {
      const error = await expectDatabaseError(openDatabase(file, { migrations: withBrokenUpdate }), 'MIGRATION_FAILED');
      expect(error.message).toMatch(/^Het gegevensbestand kon niet worden bijgewerkt/);
      expect(error.message).toContain('Uw gegevens zijn niet gewijzigd');
      expect(error.message).not.toMatch(/no_such_table|SqliteError|already exists/);
      // Neither the migration that worked nor the half of the one that failed stays behind.
      expect(appliedNames(file)).toEqual(names);
      expect(rowCounts(file)).toEqual(before);
      expect(readdirSync(dir).filter((name) => name.includes('.backup-'))).toHaveLength(1);
    }
    // The app of the current version still opens the file as it was.
    const core = await startCore(file);
    const list = await core.invoke('agenda.list', {});
    await core.close();
    expect(list.ok && (list.value as { agendas: unknown[] }).agendas).toHaveLength(30);
    vi.restoreAllMocks();
  });

  it('rolls a failing migration back whole: its first statement leaves no table', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const file = join(tempDir(), 'werkagenda.sqlite');
    await (await openDatabase(file)).close();
    const { '9998-works': _works, ...onlyBroken } = withBrokenUpdate;
    await expectDatabaseError(openDatabase(file, { migrations: onlyBroken }), 'MIGRATION_FAILED');
    const sqlite = new SQLite(file, { readonly: true });
    expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    sqlite.close();
    vi.restoreAllMocks();
  });

  it('refuses, in Dutch and without changing it, a file of a newer version and a file that is no database', async () => {
    const dir = tempDir();
    const newer = join(dir, 'nieuwer.sqlite');
    await (await openDatabase(newer)).close();
    const sqlite = new SQLite(newer);
    sqlite.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('0099-toekomst', '2030-01-01T00:00:00Z')").run();
    sqlite.close();
    const error = await expectDatabaseError(startCore(newer), 'NEWER_SCHEMA');
    expect(error.message).toContain('nieuwere versie van Werkagenda Banenafspraak');
    expect(appliedNames(newer)).toEqual([...names, '0099-toekomst']);

    const garbage = join(dir, 'geen-database.sqlite');
    writeFileSync(garbage, 'Dit is een tekstbestand en geen database. '.repeat(200));
    const notDb = await expectDatabaseError(startCore(garbage), 'NOT_A_DATABASE');
    expect(notDb.message).toContain('geen (leesbaar) gegevensbestand');
    expect(readFileSync(garbage, 'utf8')).toMatch(/^Dit is een tekstbestand/);
  });
});
