import { sql, type Kysely } from 'kysely';

// The number of employers in the sector as a figure of its own (issue 14, item 6): a sector with 21 employers
// could only say so by listing each. Part of the plan (and of what is signed) when filled in.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE agendas ADD COLUMN employer_count INTEGER CHECK (employer_count IS NULL OR employer_count >= 0)`.execute(db);
}
