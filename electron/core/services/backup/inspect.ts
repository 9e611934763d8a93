import { closeSync, openSync, readSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import type { BackupPreview } from '../../../../shared/domain/backup';
import { AppError } from '../../../../shared/errors';
import { formatPeriod } from '../../../../shared/format';
import { appliedMigrations } from '../../db/database';
import { migrations } from '../../db/migrations';
import { backupInfoTable } from './files';

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');
const refuse = (message: string) => new AppError('VALIDATION', message);

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(sqliteHeader.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.equals(sqliteHeader);
  } finally {
    closeSync(fd);
  }
}

const tableExists = (sqlite: SQLite.Database, name: string) =>
  Boolean(sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name));

/** Our migrations, in our order, from the first: anything else is not a file of this app. */
function checkOurs(sqlite: SQLite.Database): { olderVersion: boolean } {
  const known = Object.keys(migrations);
  const applied = appliedMigrations(sqlite);
  if (applied.length === 0 || applied[0] !== known[0]) {
    throw refuse('Dit bestand is geen reservekopie van Werkagenda Banenafspraak: het is wel een database, maar niet van deze toepassing. Er is niets gewijzigd.');
  }
  if (applied.some((name) => !known.includes(name))) {
    throw refuse('Deze reservekopie is gemaakt met een nieuwere versie van Werkagenda Banenafspraak en kan met deze versie niet worden teruggezet. Er is niets gewijzigd. Installeer eerst de nieuwste versie.');
  }
  if (applied.some((name, index) => name !== known[index])) {
    throw refuse('Deze reservekopie is beschadigd: de versie-informatie klopt niet. Er is niets gewijzigd. Kies een andere reservekopie.');
  }
  return { olderVersion: applied.length < known.length };
}

/**
 * Reads a chosen file as a backup and says what it holds, or refuses it in Dutch.
 * The file is opened read-only and checked whole (quick_check), so a truncated or
 * damaged copy is refused before anything changes.
 */
export function inspectBackup(path: string, fileName: string): BackupPreview {
  if (!hasSqliteHeader(path)) throw refuse('Dit bestand is geen reservekopie van Werkagenda Banenafspraak (het is geen database). Er is niets gewijzigd.');
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
  } catch {
    throw refuse('Dit bestand kon niet worden gelezen als reservekopie. Er is niets gewijzigd.');
  }
  try {
    let healthy: boolean;
    try {
      const check = sqlite.pragma('quick_check', { simple: true });
      healthy = check === 'ok';
    } catch {
      healthy = false;
    }
    if (!healthy) throw refuse('Deze reservekopie is beschadigd of onvolledig (bijvoorbeeld afgebroken tijdens het kopiëren). Er is niets gewijzigd. Kies een andere reservekopie.');
    const { olderVersion } = checkOurs(sqlite);
    const withRevisions = tableExists(sqlite, 'revisions');
    const agendas = sqlite.prepare(`SELECT a.title, a.start_year AS startYear, a.end_year AS endYear, a.deleted_at AS deletedAt,
        ${withRevisions ? '(SELECT count(*) FROM revisions r WHERE r.agenda_id = a.id)' : '0'} AS versions
      FROM agendas a ORDER BY a.start_year DESC, a.title`).all() as { title: string; startYear: number; endYear: number; deletedAt: string | null; versions: number }[];
    const lastChange = (sqlite.prepare('SELECT max(updated_at) AS at FROM agendas').get() as { at: string | null }).at;
    const madeAt = tableExists(sqlite, backupInfoTable)
      ? (sqlite.prepare(`SELECT made_at AS madeAt FROM ${backupInfoTable} LIMIT 1`).get() as { madeAt: string } | undefined)?.madeAt ?? null
      : null;
    return {
      fileName,
      madeAt,
      lastChange,
      olderVersion,
      agendas: agendas.map((agenda) => ({ title: agenda.title, period: formatPeriod(agenda.startYear, agenda.endYear), versions: agenda.versions, deleted: agenda.deletedAt !== null })),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    console.error('inspecting a backup failed', error);
    throw refuse('Dit bestand kon niet worden gelezen als reservekopie. Er is niets gewijzigd.');
  } finally {
    sqlite.close();
  }
}
