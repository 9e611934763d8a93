import { sql, type Kysely } from 'kysely';

// An edit of a signed agenda need not hash the whole draft to know it no longer equals the
// signed version (issue 13, the edit round trip). Each kept part of an action or target
// (draft_fragments, migration 0020) now also keeps a short fingerprint of its canonical form;
// `agendas.draft_fingerprint` is the SHA-256 over the draft's top-level content and those
// fingerprints in order, and `revision_fingerprints` the same for a revision's content, under
// the hash of that content. Equal content gives equal fingerprints, so different fingerprints
// mean "not the signed version" for certain; only equal ones are confirmed with the full hash
// (services/plan/draftHash.ts). draft_fingerprint empties whenever draft_hash is emptied, which
// the triggers of migration 0019 do on every change to what a revision freezes.
// The draft's fingerprint walks its targets in their order too, so they get the index actions
// got in 0023. The kept parts have no fingerprint yet: they are dropped and are kept again on first use.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    'DROP TABLE draft_fragments',
    `CREATE TABLE draft_fragments (
      item_id TEXT PRIMARY KEY,
      canonical TEXT NOT NULL,
      fingerprint TEXT NOT NULL
    ) WITHOUT ROWID`,
    'ALTER TABLE agendas ADD COLUMN draft_fingerprint TEXT',
    `CREATE TRIGGER agendas_fingerprint_stale AFTER UPDATE OF draft_hash ON agendas WHEN NEW.draft_hash IS NULL
      BEGIN UPDATE agendas SET draft_fingerprint = NULL WHERE id = NEW.id; END`,
    'CREATE INDEX targets_agenda_order ON targets (agenda_id, sort_order, id)',
    `CREATE TABLE revision_fingerprints (
      hash TEXT PRIMARY KEY,
      fingerprint TEXT NOT NULL
    ) WITHOUT ROWID`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
