import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// Review and sign-off: frozen revisions (immutable: triggers refuse any update),
// remarks, signatures, the signing keys of this installation, the audit trail,
// and the installation's own settings (its id for exchange files, the user's name).
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    )`,
    `INSERT INTO settings (key, value) VALUES ('installation_id', '${randomUUID()}'), ('user_name', '')`,
    `CREATE TABLE revisions (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      hash TEXT NOT NULL,
      content TEXT NOT NULL,
      frozen_at TEXT NOT NULL,
      frozen_by TEXT NOT NULL DEFAULT '',
      UNIQUE (agenda_id, number)
    )`,
    `CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions
      BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END`,
    `CREATE TABLE remarks (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      revision_number INTEGER,
      target_kind TEXT NOT NULL CHECK (target_kind IN ('section', 'action')),
      target_id TEXT NOT NULL,
      author TEXT NOT NULL,
      created_at TEXT NOT NULL,
      text TEXT NOT NULL,
      resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
      resolved_at TEXT,
      resolved_by TEXT
    )`,
    `CREATE INDEX remarks_agenda ON remarks (agenda_id, created_at)`,
    // No foreign key to signatories: a signatory may leave the draft while their signature on an older revision stays.
    `CREATE TABLE signatures (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      revision_number INTEGER NOT NULL,
      revision_hash TEXT NOT NULL,
      signatory_id TEXT NOT NULL,
      signer_name TEXT NOT NULL,
      signer_function TEXT NOT NULL DEFAULT '',
      signed_on TEXT NOT NULL,
      public_key TEXT NOT NULL,
      signature TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX signatures_agenda ON signatures (agenda_id, revision_number)`,
    `CREATE TRIGGER signatures_immutable BEFORE UPDATE ON signatures
      BEGIN SELECT RAISE(ABORT, 'signatures are immutable'); END`,
    // The private keys never leave this installation: no exchange file or export reads this table.
    `CREATE TABLE signer_keys (
      signatory_id TEXT PRIMARY KEY,
      public_key TEXT NOT NULL,
      private_key TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    `CREATE TABLE audit_events (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      actor TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL,
      summary TEXT NOT NULL DEFAULT ''
    )`,
    `CREATE INDEX audit_events_agenda ON audit_events (agenda_id, at)`,
    // An imported agenda may follow one this installation never saw: kept without a foreign key.
    `ALTER TABLE agendas ADD COLUMN imported_predecessor_id TEXT`,
    // Who sent an agenda this installation first received as an exchange file; null for agendas made here.
    `ALTER TABLE agendas ADD COLUMN imported_from TEXT`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
