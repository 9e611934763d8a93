import { sql, type Kysely } from 'kysely';

// A revision's frozen content (often 100 KB) stood before frozen_at, frozen_by and the freeze
// signature, so every read of a revision's few small columns had to walk the content's chain of
// overflow pages; with SQLite's default page cache that was 40 ms for the start list of 480
// agendas. The table is rebuilt with the content as its last column: the same columns, rows and
// trigger, in another order. No table refers to revisions, so dropping the old one deletes
// nothing else; the whole migration is one transaction (database.ts).
// Never edit this file after it has landed: add a new migration instead.
const columns = 'id, agenda_id, number, hash, frozen_at, frozen_by, freeze_public_key, freeze_signature, content';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE revisions_content_last (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      hash TEXT NOT NULL,
      frozen_at TEXT NOT NULL,
      frozen_by TEXT NOT NULL DEFAULT '',
      freeze_public_key TEXT,
      freeze_signature TEXT,
      content TEXT NOT NULL,
      UNIQUE (agenda_id, number)
    )`,
    `INSERT INTO revisions_content_last (${columns}) SELECT ${columns} FROM revisions ORDER BY rowid`,
    'DROP TABLE revisions',
    'ALTER TABLE revisions_content_last RENAME TO revisions',
    `CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions
      BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
