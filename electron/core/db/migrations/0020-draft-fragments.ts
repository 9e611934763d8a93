import { sql, type Kysely } from 'kysely';

// Keep a draft's hash up to date without reading it whole (issue 13, item 1). A draft's
// canonical content is its top-level fields, knelpunten and signatories (short) around the
// canonical form of each action and each target (most of it). `draft_fragments` keeps that
// canonical form per action and per target, keyed by the item's id; the triggers below delete
// an item's fragment whenever anything its form is made of changes (for an action: its own
// columns, further types, knelpunt links and milestones), so an edit costs the one item
// serialised again, not the whole agenda (services/plan/draftContent.ts).
// A later migration that adds a field to an action's or target's signed content must add it to
// these triggers and empty this table. Never edit this file after it has landed.
const actionColumns = 'title, description, primary_type_id, actor, nature, owner, start_month, end_month, jobs_prognosis';
const targetColumns = 'action_id, level, indicator, unit, baseline, target_value, deadline, per_year';
const forget = (item: string) => `DELETE FROM draft_fragments WHERE item_id = ${item};`;

const trigger = (name: string, event: string, table: string, body: string) =>
  `CREATE TRIGGER ${name} AFTER ${event} ON ${table} BEGIN ${body} END`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE draft_fragments (
      item_id TEXT PRIMARY KEY,
      canonical TEXT NOT NULL
    ) WITHOUT ROWID`,
    trigger('actions_fragment_update', `UPDATE OF id, ${actionColumns}`, 'actions', `${forget('OLD.id')} ${forget('NEW.id')}`),
    trigger('actions_fragment_delete', 'DELETE', 'actions', forget('OLD.id')),
    trigger('targets_fragment_update', `UPDATE OF id, ${targetColumns}`, 'targets', `${forget('OLD.id')} ${forget('NEW.id')}`),
    trigger('targets_fragment_delete', 'DELETE', 'targets', forget('OLD.id')),
    ...['action_extra_types', 'action_knelpunten', 'milestones'].flatMap((table) => [
      trigger(`${table}_fragment_insert`, 'INSERT', table, forget('NEW.action_id')),
      trigger(`${table}_fragment_delete`, 'DELETE', table, forget('OLD.action_id')),
      trigger(`${table}_fragment_update`, table === 'milestones' ? 'UPDATE OF title, month, sort_order, action_id' : 'UPDATE', table,
        `${forget('OLD.action_id')} ${forget('NEW.action_id')}`),
    ]),
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
