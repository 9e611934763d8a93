import { randomUUID } from 'node:crypto';
import SQLite from 'better-sqlite3';
import { openDatabase } from '../../electron/core/db/database';
import { defensieId } from './core';

/**
 * A data file at an older schema with `agendas` agendas and as many targets each as
 * `targetsPerAgenda`, written the way that version's app would have: the volume is
 * what makes a migration slow enough to be interrupted.
 */
export async function makeOldDatabase(file: string, version: string, agendas: number, targetsPerAgenda = 0): Promise<void> {
  const old = await openDatabase(file, { migrateTo: version });
  await old.close();
  const sqlite = new SQLite(file);
  const agenda = sqlite.prepare(`INSERT INTO agendas (id, sector_id, start_year, end_year, title, introduction, created_at, updated_at)
    VALUES (?, ?, 2023, 2024, ?, ?, '2023-01-01T00:00:00Z', '2023-01-02T00:00:00Z')`);
  const target = sqlite.prepare('INSERT INTO targets (id, agenda_id, indicator, unit, target_value, sort_order) VALUES (?, ?, ?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (let i = 0; i < agendas; i++) {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      agenda.run(id, defensieId, `Werkagenda ${i}`, `Inleiding van werkagenda ${i}. `.repeat(8));
      for (let t = 0; t < targetsPerAgenda; t++) target.run(randomUUID(), id, `Indicator ${t}`, 'plaatsingen', t, t);
    }
  })();
  sqlite.close();
}

/** Rows per table (kysely's own tables left out), to prove no row went missing. */
export function rowCounts(file: string): Record<string, number> {
  const sqlite = new SQLite(file);
  try {
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
    return Object.fromEntries(tables.map((name) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  } finally {
    sqlite.close();
  }
}

export function appliedNames(file: string): string[] {
  const sqlite = new SQLite(file);
  try {
    return (sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((row) => row.name);
  } finally {
    sqlite.close();
  }
}
