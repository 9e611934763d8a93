import { sql, type Kysely } from 'kysely';

// Do and Check: the status of each action (existing actions become 'gepland'),
// dated progress notes per action and measurements per target.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `ALTER TABLE actions ADD COLUMN status TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'lopend', 'afgerond', 'gestopt'))`,
    // The day the status last changed (the follow-up rule of a stopped action starts there).
    `ALTER TABLE actions ADD COLUMN status_date TEXT`,
    `CREATE TABLE progress_notes (
      id TEXT PRIMARY KEY,
      action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
      author TEXT NOT NULL,
      date TEXT NOT NULL,
      text TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX progress_notes_action ON progress_notes (action_id, date)`,
    `CREATE TABLE measurements (
      id TEXT PRIMARY KEY,
      target_id TEXT NOT NULL REFERENCES targets (id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      value REAL NOT NULL CHECK (value >= 0),
      source TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX measurements_target ON measurements (target_id, date)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
