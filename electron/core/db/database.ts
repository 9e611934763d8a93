import { existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider, migrations } from './migrations';
import type { Database } from './schema';

export interface OpenDatabase {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  /** The backup written before migrations ran, if any. */
  backupFile: string | null;
  close(): Promise<void>;
}

/** Migration names already applied to the file (empty for a new file). */
function appliedMigrations(sqlite: SQLite.Database): string[] {
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
  if (!table) return [];
  return (sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((row) => row.name);
}

/** A consistent copy (WAL included) next to the data file, before a migration may change it. */
function backupBeforeMigrating(sqlite: SQLite.Database, file: string): string | null {
  const applied = appliedMigrations(sqlite);
  const pending = Object.keys(migrations).filter((name) => !applied.includes(name));
  if (applied.length === 0 || pending.length === 0) return null;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(file), `${basename(file)}.backup-${stamp}-voor-${pending[0]}`);
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}

export async function openDatabase(file: string, options: { migrateTo?: string } = {}): Promise<OpenDatabase> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const isNew = file === ':memory:' || !existsSync(file);
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // FULL: a committed edit survives a power cut too, not only an app crash.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  // Freed pages are zeroed, so a plain key from before passphrases does not linger in the file once it is sealed.
  sqlite.pragma('secure_delete = ON');

  const backupFile = isNew ? null : backupBeforeMigrating(sqlite, file);
  const plain = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db: plain, provider: migrationProvider });
  const { error } = options.migrateTo ? await migrator.migrateTo(options.migrateTo) : await migrator.migrateToLatest();
  if (error) {
    sqlite.close();
    throw error;
  }

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new CamelCasePlugin()] });
  return {
    db,
    sqlite,
    backupFile,
    close: async () => {
      await db.destroy();
      // Kysely's destroy closes the connection; this covers a destroy that did not.
      if (sqlite.open) sqlite.close();
    },
  };
}
