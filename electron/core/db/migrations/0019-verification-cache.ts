import { sql, type Kysely } from 'kysely';

// Verify once (issue 13, item 1). Revisions and signatures never change, so checking one
// gives the same answer every time: `verification_cache` keeps the answer under the SHA-256
// of exactly what was checked (public key, statement and signature bytes, or a revision's
// content), so a changed or replaced row has another key and is checked afresh. It holds
// only the cryptographic answer: key states depend on confirmations and are derived on read.
//
// `agendas.draft_hash` is the hash of the draft's canonical content, and `agendas.list_summary`
// what the start list shows of it (its action types and number of actions), so the list need
// not read every agenda. The triggers below empty both whenever anything that
// revisionContentOf reads changes (execution data such as status or milestones ticked off
// does not count); the next reader computes and stores them again. A later migration that adds
// a field to the signed content must add it to these triggers.
// Never edit this file after it has landed: add a new migration instead.
const direct = ['knelpunten', 'targets', 'job_goals', 'unused_type_reasons', 'signatories'];
const viaAction = ['action_extra_types', 'action_knelpunten'];
const actionColumns = 'title, description, primary_type_id, actor, nature, owner, start_month, end_month, jobs_prognosis, sort_order, agenda_id';
const agendaColumns = 'sector_id, start_year, end_year, title, introduction, lookback, objectives, accountability, employer_count';

const stale = (agenda: string) => `UPDATE agendas SET draft_hash = NULL, list_summary = NULL WHERE id = ${agenda};`;
const ofAction = (action: string) => stale(`(SELECT agenda_id FROM actions WHERE id = ${action})`);

function triggers(table: string, event: 'INSERT' | 'DELETE' | string, body: string): string {
  const name = `${table}_draft_${event.split(' ')[0]!.toLowerCase()}`;
  return `CREATE TRIGGER ${name} AFTER ${event} ON ${table} BEGIN ${body} END`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE verification_cache (
      key TEXT PRIMARY KEY,
      result TEXT NOT NULL,
      checked_at TEXT NOT NULL
    ) WITHOUT ROWID`,
    'ALTER TABLE agendas ADD COLUMN draft_hash TEXT',
    'ALTER TABLE agendas ADD COLUMN list_summary TEXT',
    triggers('agendas', `UPDATE OF ${agendaColumns}`, stale('NEW.id')),
    ...direct.flatMap((table) => [
      triggers(table, 'INSERT', stale('NEW.agenda_id')),
      triggers(table, 'DELETE', stale('OLD.agenda_id')),
      triggers(table, 'UPDATE', `${stale('OLD.agenda_id')} ${stale('NEW.agenda_id')}`),
    ]),
    triggers('actions', 'INSERT', stale('NEW.agenda_id')),
    triggers('actions', 'DELETE', stale('OLD.agenda_id')),
    triggers('actions', `UPDATE OF ${actionColumns}`, `${stale('OLD.agenda_id')} ${stale('NEW.agenda_id')}`),
    ...viaAction.flatMap((table) => [
      triggers(table, 'INSERT', ofAction('NEW.action_id')),
      triggers(table, 'DELETE', ofAction('OLD.action_id')),
      triggers(table, 'UPDATE', `${ofAction('OLD.action_id')} ${ofAction('NEW.action_id')}`),
    ]),
    triggers('milestones', 'INSERT', ofAction('NEW.action_id')),
    triggers('milestones', 'DELETE', ofAction('OLD.action_id')),
    triggers('milestones', 'UPDATE OF title, month, sort_order, action_id', `${ofAction('OLD.action_id')} ${ofAction('NEW.action_id')}`),
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
