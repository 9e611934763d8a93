import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { backupsToRemove } from '../../../../shared/backupRetention';
import { copyDatabase } from '../../db/copy';

/** The table a backup carries to say when it was made; it exists only in backup files and is dropped on restore. */
export const backupInfoTable = 'reservekopie_info';

/** Automatic backups live in a folder next to the data file. */
export function backupFolder(dataFile: string): string {
  return join(dirname(dataFile), 'reservekopieen');
}

/** "2026-12-01T23-34-06" in UTC: sorts by time and is a valid file name everywhere. */
const stamp = (at: Date) => at.toISOString().slice(0, 19).replace(/:/g, '-');
const automaticName = /^reservekopie-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.sqlite$/;

/** Writes a consistent, stamped copy of the open database to `target`. */
export function writeBackup(sqlite: SQLite.Database, target: string, madeAt: Date): void {
  mkdirSync(dirname(target), { recursive: true });
  copyDatabase(sqlite, target, (temp) => {
    const copy = new SQLite(temp);
    try {
      copy.exec(`CREATE TABLE ${backupInfoTable} (made_at TEXT NOT NULL)`);
      copy.prepare(`INSERT INTO ${backupInfoTable} (made_at) VALUES (?)`).run(madeAt.toISOString());
    } finally {
      copy.close();
    }
  });
}

export function listAutomaticBackups(dataFile: string): { fileName: string; madeAt: string }[] {
  const folder = backupFolder(dataFile);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((fileName) => {
    const match = automaticName.exec(fileName);
    return match ? [{ fileName, madeAt: `${match[1]}T${match[2]}:${match[3]}:${match[4]}.000Z` }] : [];
  }).sort((a, b) => b.madeAt.localeCompare(a.madeAt));
}

/**
 * Once a day, at start-up: a backup into the folder, then the old ones thinned by the
 * retention rule. A failure is logged and never stops the app from starting.
 */
export function automaticBackup(sqlite: SQLite.Database, dataFile: string, now = new Date()): string | null {
  try {
    const existing = listAutomaticBackups(dataFile);
    const today = now.toISOString().slice(0, 10);
    if (existing.some((backup) => backup.madeAt.slice(0, 10) === today)) return null;
    const target = join(backupFolder(dataFile), `reservekopie-${stamp(now)}.sqlite`);
    writeBackup(sqlite, target, now);
    const all = [...existing, { fileName: target.slice(backupFolder(dataFile).length + 1), madeAt: now.toISOString() }];
    for (const name of backupsToRemove(all.map((backup) => ({ name: backup.fileName, madeAt: backup.madeAt })), now)) {
      rmSync(join(backupFolder(dataFile), name), { force: true });
    }
    return target;
  } catch (error) {
    console.error('automatic backup failed', error);
    return null;
  }
}

/** The copy of the current state made before a restore replaces it; never thinned away. */
export function safetyBackupPath(dataFile: string, now = new Date()): string {
  return join(backupFolder(dataFile), `reservekopie-${stamp(now)}-voor-terugzetten.sqlite`);
}

export function downloadName(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString();
  return `Reservekopie werkagenda ${local.slice(0, 10)} ${local.slice(11, 16).replace(':', '.')}.sqlite`;
}
