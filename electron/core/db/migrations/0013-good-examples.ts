import { sql, type Kysely } from 'kysely';

// Goede voorbeelden (issue 14, item 4): what worked in one action and whom to ask,
// one per action. Execution, like evaluations: not part of what is signed. `consent`
// says the contact person agreed to share their details; without it they stay here.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE good_examples (
    action_id TEXT PRIMARY KEY REFERENCES actions (id) ON DELETE CASCADE,
    what_worked TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    updated_at TEXT NOT NULL
  )`.execute(db);
}
