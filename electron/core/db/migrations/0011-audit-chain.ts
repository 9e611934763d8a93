import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { auditChainText } from '../../../../shared/domain/signoff';

// Everything a reader relies on gets covered (issue 11, item 3):
// - the audit trail becomes a hash chain: each line names the hash of the line before it;
//   the lines already here are chained in the order they were written (by time, then id);
// - a revision keeps the installation's signature over who froze it and when (null: frozen
//   before this migration, and said so wherever the revision is shown);
// - a signature records which signing statement it signed (1: without the time, the old one).
// All statements run inside one savepoint, so a crash leaves the file at 0010 or at 0011.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`SAVEPOINT migration_0011`.execute(db);
  try {
    for (const statement of [
      'ALTER TABLE audit_events ADD COLUMN prev_hash TEXT',
      'ALTER TABLE audit_events ADD COLUMN hash TEXT',
      'ALTER TABLE revisions ADD COLUMN freeze_public_key TEXT',
      'ALTER TABLE revisions ADD COLUMN freeze_signature TEXT',
      'ALTER TABLE signatures ADD COLUMN statement_version INTEGER NOT NULL DEFAULT 1',
    ]) await sql.raw(statement).execute(db);
    const { rows } = await sql<{ id: string; agenda_id: string; at: string; actor: string; kind: string; summary: string }>`
      SELECT id, agenda_id, at, actor, kind, summary FROM audit_events ORDER BY agenda_id, at, id`.execute(db);
    const previous = new Map<string, string>();
    for (const row of rows) {
      const prevHash = previous.get(row.agenda_id) ?? null;
      const event = { id: row.id, agendaId: row.agenda_id, at: row.at, actor: row.actor, kind: row.kind, summary: row.summary, prevHash };
      const hash = createHash('sha256').update(auditChainText(event), 'utf8').digest('hex');
      await sql`UPDATE audit_events SET prev_hash = ${prevHash}, hash = ${hash} WHERE id = ${row.id}`.execute(db);
      previous.set(row.agenda_id, hash);
    }
    await sql`RELEASE migration_0011`.execute(db);
  } catch (error) {
    await sql`ROLLBACK TO migration_0011`.execute(db);
    await sql`RELEASE migration_0011`.execute(db);
    throw error;
  }
}
