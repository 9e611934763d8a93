import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, SqliteAdapter, SqliteDialect, type DialectAdapter, type Migration, type SqliteDatabase } from 'kysely';
import { copyDatabase, replaceDatabaseFile } from './copy';
import { DatabaseError } from './errors';
import { migrations as appMigrations } from './migrations';
import type { Database } from './schema';

export interface OpenDatabase {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  /** The backup written before migrations ran, if any. */
  backupFile: string | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  migrateTo?: string;
  /** Tests only: another list of migrations (e.g. one that fails). */
  migrations?: Record<string, Migration>;
}

/** Migration names already applied to the file (empty for a new file). */
export function appliedMigrations(sqlite: SQLite.Database): string[] {
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
  if (!table) return [];
  return (sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((row) => row.name);
}

/**
 * SQLite can change its schema inside a transaction, but Kysely's adapter says it cannot,
 * so the Migrator would run each migration statement by statement. Saying yes makes every
 * migrateTo one transaction: the migration and its row in kysely_migration commit together.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/**
 * Kysely prepares every query anew, and preparing costs more than running most of them; the
 * app sends the same few hundred SQL texts over and over (values are bound, not in the text),
 * so their prepared statements are kept, the least recently used dropped beyond `limit`.
 * Safe on the one connection: a statement runs to completion before the next query starts
 * (nothing streams), and SQLite re-prepares a kept statement itself after a schema change.
 */
export function keepingStatements(sqlite: SQLite.Database, limit = 500): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      const statement = kept.get(text) ?? sqlite.prepare(text);
      kept.delete(text);
      kept.set(text, statement);
      if (kept.size > limit) kept.delete(kept.keys().next().value!);
      return statement;
    },
  };
}

const pendingSuffix = '-bezig';

/**
 * A consistent copy (WAL included) next to the data file, before a migration may change it.
 * It is named after the first pending migration and marked as in progress until the run
 * succeeds. A start that failed or was killed left its copy behind: that copy is reused
 * (it holds the file as the older app left it; since then only whole migrations committed),
 * so failed starts never pile up backups.
 */
function backupBeforeMigrating(sqlite: SQLite.Database, file: string, pending: string[]): string {
  const left = inProgressBackups(file).sort()[0];
  if (left) return join(dirname(file), left);
  const inProgress = join(dirname(file), `${basename(file)}.backup-voor-${pending[0]}${pendingSuffix}`);
  copyDatabase(sqlite, inProgress);
  return inProgress;
}

const inProgressBackups = (file: string) =>
  readdirSync(dirname(file)).filter((name) => name.startsWith(`${basename(file)}.backup-voor-`) && name.endsWith(pendingSuffix));

function finishBackup(inProgress: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const done = inProgress.replace(/\.backup-voor-(.*)-bezig$/, `.backup-${stamp}-voor-$1`);
  renameSync(inProgress, done);
  return done;
}

/**
 * With nothing pending, an in-progress backup is from a run that committed every migration
 * but ended before it could rename the backup (a crash): it is the backup of that run.
 */
function finishLeftBackups(file: string): void {
  for (const name of readdirSync(dirname(file))) {
    if (!name.startsWith(`${basename(file)}.backup-voor-`)) continue;
    if (name.endsWith(pendingSuffix)) finishBackup(join(dirname(file), name));
    else if (name.endsWith('.tmp')) rmSync(join(dirname(file), name), { force: true });
  }
}

function openConnection(file: string): SQLite.Database {
  let sqlite: SQLite.Database | null = null;
  try {
    sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // FULL: a committed edit survives a power cut too, not only an app crash.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
    // Freed pages are zeroed, so a plain key from before passphrases does not linger in the file once it is sealed.
    sqlite.pragma('secure_delete = ON');
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (error) {
    sqlite?.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new DatabaseError('NOT_A_DATABASE', `Het bestand ${file} is geen (leesbaar) gegevensbestand van Werkagenda Banenafspraak. Er is niets gewijzigd. Vervang het (met de toepassing gesloten) door een reservekopie uit de map reservekopieen ernaast, of neem contact op met uw functioneel beheerder.`, { cause: error });
    }
    throw new DatabaseError('OPEN_FAILED', `Het gegevensbestand ${file} kon niet worden geopend. Controleer of u het mag lezen en schrijven en of de schijf niet vol is, en start de toepassing opnieuw.`, { cause: error });
  }
}

/** Refuses a file a newer app (or another program) wrote: migrating it would damage it. */
function checkKnownSchema(applied: string[], known: string[], file: string): void {
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length === 0) return;
  throw new DatabaseError('NEWER_SCHEMA', `Het gegevensbestand ${file} is bijgewerkt door een nieuwere versie van Werkagenda Banenafspraak. Deze versie kan het niet gebruiken; er is niets gewijzigd. Installeer de nieuwste versie van de toepassing.`);
}

async function migrate(sqlite: SQLite.Database, list: Record<string, Migration>, pending: string[]): Promise<string[]> {
  const plain = new Kysely<unknown>({ dialect: new TransactionalSqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db: plain, provider: { getMigrations: async () => list } });
  const done: string[] = [];
  // One migrateTo per migration: each one commits on its own, with its row in kysely_migration.
  for (const name of pending) {
    const { error } = await migrator.migrateTo(name);
    if (error) throw Object.assign(new Error(`migration ${name} failed`, { cause: error }), { done });
    done.push(name);
  }
  return done;
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  const list = options.migrations ?? appMigrations;
  const known = Object.keys(list);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const isNew = file === ':memory:' || !existsSync(file);
  const sqlite = openConnection(file);

  let backupFile: string | null = null;
  try {
    const applied = appliedMigrations(sqlite);
    checkKnownSchema(applied, known, file);
    const upTo = options.migrateTo ? known.indexOf(options.migrateTo) + 1 : known.length;
    const pending = known.slice(0, upTo).filter((name) => !applied.includes(name));
    if (!isNew && applied.length > 0 && pending.length > 0) backupFile = backupBeforeMigrating(sqlite, file, pending);
    try {
      await migrate(sqlite, list, pending);
    } catch (error) {
      sqlite.close();
      throw migrationFailure(file, backupFile, error);
    }
    if (backupFile) backupFile = finishBackup(backupFile);
    else if (!isNew && pending.length === 0) finishLeftBackups(file);
  } catch (error) {
    if (sqlite.open) sqlite.close();
    throw error;
  }

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: keepingStatements(sqlite) }), plugins: [new CamelCasePlugin()] });
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

/**
 * A migration that failed rolled back by itself; earlier ones of the same start did commit.
 * The file goes back to the copy made before the start, so it is again exactly as the
 * previous version of the app left it, and the person reads what happened and what to do.
 */
function migrationFailure(file: string, backupFile: string | null, error: unknown): DatabaseError {
  console.error('migration failed', error);
  const done = (error as { done?: string[] }).done ?? [];
  if (backupFile && done.length > 0) {
    try {
      const temp = `${file}.terugzetten.tmp`;
      copyFileSync(backupFile, temp);
      replaceDatabaseFile(temp, file);
    } catch (restoreError) {
      console.error('restoring the backup failed', restoreError);
      return new DatabaseError('MIGRATION_FAILED', `Het gegevensbestand kon niet worden bijgewerkt voor deze versie van de toepassing, en ook het terugzetten van de reservekopie is mislukt. Sluit de toepassing en vraag uw functioneel beheerder de reservekopie ${backupFile} terug te zetten als ${file}.`, { cause: error });
    }
  }
  const kept = backupFile ? ` Een reservekopie van uw gegevens staat in ${backupFile}.` : '';
  return new DatabaseError('MIGRATION_FAILED', `Het gegevensbestand kon niet worden bijgewerkt voor deze versie van de toepassing. Uw gegevens zijn niet gewijzigd: ze staan nog zoals de vorige versie ze achterliet.${kept} Start de toepassing opnieuw; lukt het dan nog niet, neem dan contact op met uw functioneel beheerder.`, { cause: error });
}
