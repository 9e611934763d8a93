import { sql, type Kysely } from 'kysely';

// Most edits of a signed agenda change one action or target, and one part that the signed
// version does not have proves the draft is no longer that version: no need to fingerprint the
// whole draft to say "concept" (issue 13, the edit round trip). `revision_parts` keeps the
// fingerprints of a revision's parts (actions and targets) under the hash of its content,
// beside its fingerprint in revision_fingerprints; the kept fingerprints so far are dropped, so
// every kept fingerprint has its parts (both are computed again on first use).
// `agendas.draft_differs_from` keeps the hash of a revision the draft is known not to be; it
// empties with draft_hash, as draft_fingerprint does (the trigger of 0024 is replaced by one
// that empties both), so it never outlives the change that proved it.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    'ALTER TABLE agendas ADD COLUMN draft_differs_from TEXT',
    'DROP TRIGGER agendas_fingerprint_stale',
    `CREATE TRIGGER agendas_kept_stale AFTER UPDATE OF draft_hash ON agendas WHEN NEW.draft_hash IS NULL
      BEGIN UPDATE agendas SET draft_fingerprint = NULL, draft_differs_from = NULL WHERE id = NEW.id; END`,
    `CREATE TABLE revision_parts (
      hash TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      PRIMARY KEY (hash, fingerprint)
    ) WITHOUT ROWID`,
    'DELETE FROM revision_fingerprints',
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
