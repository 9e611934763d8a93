import { sql, type Kysely } from 'kysely';

// The quotum percentages an imported agenda was computed with in the sender's installation,
// per year of its period, so its jobs figures are reproduced here. They belong to that agenda
// only: the global quotum_percentages of this installation are never touched by an import.
// One statement, so a crash leaves the file at 0008 or at 0009.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE agenda_quotum_percentages (
    agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    percentage REAL NOT NULL CHECK (percentage > 0 AND percentage <= 100),
    source TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (agenda_id, year)
  )`.execute(db);
}
