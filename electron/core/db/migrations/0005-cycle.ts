import { sql, type Kysely } from 'kysely';

// Act: an evaluation per action, knelpunten found during the cycle (linked to the
// actions and targets they came from), and the links of a successor agenda back to
// its predecessor: its knelpunten to the found knelpunten they came from, its
// continued actions to the actions they continue.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE action_evaluations (
      action_id TEXT PRIMARY KEY REFERENCES actions (id) ON DELETE CASCADE,
      result TEXT CHECK (result IN ('werkte', 'deels', 'niet')),
      why TEXT NOT NULL DEFAULT '',
      lesson TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    )`,
    `CREATE TABLE found_knelpunten (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      cause TEXT NOT NULL DEFAULT '',
      catalogue_id TEXT REFERENCES catalogue_items (id) ON DELETE SET NULL,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX found_knelpunten_agenda ON found_knelpunten (agenda_id, sort_order)`,
    `CREATE TABLE found_knelpunt_actions (
      found_id TEXT NOT NULL REFERENCES found_knelpunten (id) ON DELETE CASCADE,
      action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
      PRIMARY KEY (found_id, action_id)
    )`,
    `CREATE INDEX found_knelpunt_actions_action ON found_knelpunt_actions (action_id)`,
    `CREATE TABLE found_knelpunt_targets (
      found_id TEXT NOT NULL REFERENCES found_knelpunten (id) ON DELETE CASCADE,
      target_id TEXT NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
      PRIMARY KEY (found_id, target_id)
    )`,
    `CREATE INDEX found_knelpunt_targets_target ON found_knelpunt_targets (target_id)`,
    `ALTER TABLE knelpunten ADD COLUMN origin_found_id TEXT REFERENCES found_knelpunten (id) ON DELETE SET NULL`,
    `ALTER TABLE actions ADD COLUMN origin_action_id TEXT REFERENCES actions (id) ON DELETE SET NULL`,
    `CREATE INDEX agendas_predecessor ON agendas (predecessor_id)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
