import { sql, type Kysely } from 'kysely';

// A measurable target can be a target per year ("4 bijeenkomsten per jaar"): it starts
// again every calendar year and is judged per year, not as a total since the start.
// One statement, so a crash leaves the file at 0007 or at 0008.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE targets ADD COLUMN per_year INTEGER NOT NULL DEFAULT 0 CHECK (per_year IN (0, 1))`.execute(db);
}
