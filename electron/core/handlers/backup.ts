import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Handlers } from '../../../shared/api';
import type { BackupChannel } from '../../../shared/contract/backup';
import type { BackupFile } from '../../../shared/domain/backup';
import { backupTooLargeMessage, maxBackupBytes } from '../../../shared/fileLimits';
import { AppError } from '../../../shared/errors';
import { replaceDatabaseFile, syncFile } from '../db/copy';
import { backupFolder, backupInfoTable, downloadName, listAutomaticBackups, safetyBackupPath, writeBackup } from '../services/backup/files';
import { inspectBackup } from '../services/backup/inspect';
import { logRestore } from '../services/backup/log';
import type { Db } from '../services/common';

export interface BackupContext {
  dataFile: string;
  /** The connection of the database that is open now. */
  sqlite(): SQLite.Database;
  /** The same database through Kysely, for the Logboek lines of a restore. */
  db(): Db;
  /**
   * Closes the database with no other call running, lets `install` put another file in
   * its place, and opens (and migrates) that one. When it will not open, `undo` puts the
   * previous file back, that one is opened again, and the error is thrown.
   */
  replaceDatabase(install: () => void, undo: () => void): Promise<void>;
}

/** The chosen file's bytes in a temporary file beside the data file (same disk, so the final rename is atomic). */
function stage(dataFile: string, file: BackupFile): string {
  const bytes = Buffer.from(file.base64, 'base64');
  if (bytes.length > maxBackupBytes) throw new AppError('FILE_TOO_LARGE', backupTooLargeMessage(bytes.length));
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Het gekozen bestand is leeg; het is geen reservekopie. Er is niets gewijzigd.');
  const temp = join(dirname(dataFile), `.${basename(dataFile)}.terugzetten-${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temp, bytes);
  return temp;
}

/** The backup becomes an ordinary data file again: without its stamp, in rollback mode until the app opens it in WAL. */
function unstamp(path: string): void {
  const sqlite = new SQLite(path);
  try {
    sqlite.exec(`DROP TABLE IF EXISTS ${backupInfoTable}`);
    sqlite.pragma('journal_mode = DELETE');
  } finally {
    sqlite.close();
  }
  syncFile(path);
}

export function createBackupHandlers(context: BackupContext): Pick<Handlers, BackupChannel> {
  const { dataFile } = context;
  return {
    'backup.create': () => {
      const now = new Date();
      const temp = join(dirname(dataFile), `.${basename(dataFile)}.reservekopie-${randomBytes(6).toString('hex')}`);
      try {
        writeBackup(context.sqlite(), temp, now);
        const bytes = readFileSync(temp);
        if (bytes.length > maxBackupBytes) {
          throw new AppError('VALIDATION', `De gegevens zijn te groot om als reservekopie te downloaden (${backupTooLargeMessage(bytes.length)}). Gebruik de automatische reservekopieën in de map ${backupFolder(dataFile)}.`);
        }
        return { fileName: downloadName(now), base64: bytes.toString('base64') };
      } finally {
        rmSync(temp, { force: true });
      }
    },

    'backup.list': () => ({ folder: backupFolder(dataFile), automatic: listAutomaticBackups(dataFile) }),

    'backup.preview': (file) => {
      const temp = stage(dataFile, file);
      try {
        return inspectBackup(temp, file.fileName);
      } finally {
        rmSync(temp, { force: true });
      }
    },

    'backup.restore': async (file) => {
      const temp = stage(dataFile, file);
      try {
        const preview = inspectBackup(temp, file.fileName);
        unstamp(temp);
        const safety = safetyBackupPath(dataFile);
        mkdirSync(dirname(safety), { recursive: true });
        await context.replaceDatabase(
          () => {
            // Taken with the database closed, so it holds every committed change.
            writeBackupOfClosedFile(dataFile, safety);
            replaceDatabaseFile(temp, dataFile);
          },
          () => {
            const back = `${temp}.terug`;
            copyFileSync(safety, back);
            unstamp(back);
            replaceDatabaseFile(back, dataFile);
          },
        );
        await logRestore(context.db(), { fileName: file.fileName, madeAt: preview.madeAt, safetyBackup: basename(safety) });
        return { safetyBackup: basename(safety), agendas: preview.agendas.length };
      } finally {
        rmSync(temp, { force: true });
      }
    },
  };
}

/** A stamped copy of the closed data file: opened on its own, copied with VACUUM INTO, closed. */
function writeBackupOfClosedFile(dataFile: string, target: string): void {
  const sqlite = new SQLite(dataFile);
  try {
    writeBackup(sqlite, target, new Date());
  } finally {
    sqlite.close();
  }
}
