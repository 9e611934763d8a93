import { sql, type Kysely } from 'kysely';

// The Logboek records every change to an agenda (issue 12, item 5). A burst of autosaves
// of one field becomes one line: the last line of an agenda may be rewritten while it is
// about the same field, by the same person, within minutes. These two columns make that
// possible and stay in this installation: `subject` names the field ("action:<id>:title"),
// `before_text` keeps what it said before the burst began. Neither is part of the line's
// hash nor of the exchange file. The index finds an agenda's last line by rowid.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_events ADD COLUMN subject TEXT`.execute(db);
  await sql`ALTER TABLE audit_events ADD COLUMN before_text TEXT`.execute(db);
  await sql`CREATE INDEX audit_events_tail ON audit_events (agenda_id)`.execute(db);
}
