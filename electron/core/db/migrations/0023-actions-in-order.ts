import { sql, type Kysely } from 'kysely';

// Every edit of a frozen agenda walks its actions in their order to assemble the draft's hash
// (services/plan/draftContent.ts), and every read of an agenda lists them the same way. With only
// actions_agenda, SQLite read each action's whole row (descriptions of a few KB) to find its
// sort_order and then sorted them; this index holds both, so the walk reads the index alone.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX actions_agenda_order ON actions (agenda_id, sort_order, id)`.execute(db);
}

