import { sql, type Kysely } from 'kysely';

// Jobs through inkoop and SROI entered as persons or hours a week (issue 14, item 5): what was typed, beside the
// banen it was converted to (shared/inkoopConversion.ts), so the source of a figure stays visible.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE realised_jobs ADD COLUMN entered_unit TEXT CHECK (entered_unit IN ('personen', 'uren'))`.execute(db);
  await sql`ALTER TABLE realised_jobs ADD COLUMN entered_value REAL CHECK (entered_value IS NULL OR entered_value >= 0)`.execute(db);
}
