import { sql, type Kysely } from 'kysely';

// Knelpunten addressed to whom can solve them (issue 14, item 2; seed 003 §6.1 recommendation 1):
// the sector itself, its employers, BZK, SZW (wetgeving) or another party. Only the first two
// need an answering action; the others a concrete request. Existing knelpunten stay the sector's.
// Never edit this file after it has landed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE knelpunten ADD COLUMN addressee TEXT NOT NULL DEFAULT 'sector'
    CHECK (addressee IN ('sector', 'werkgevers', 'bzk', 'szw', 'anders'))`.execute(db);
  await sql`ALTER TABLE knelpunten ADD COLUMN request TEXT NOT NULL DEFAULT ''`.execute(db);
}
