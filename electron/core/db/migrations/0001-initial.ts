import { sql, type Kysely } from 'kysely';

// The whole Plan phase of the cycle. Later capabilities (progress, measurements,
// jobs, revisions, signatures) add their own tables in later migrations.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE sectors (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      signatory_organisations TEXT NOT NULL DEFAULT '',
      is_employer INTEGER NOT NULL DEFAULT 0 CHECK (is_employer IN (0, 1)),
      sort_order INTEGER NOT NULL
    )`,
    `CREATE TABLE action_types (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      origin TEXT NOT NULL CHECK (origin IN ('significant', 'toegevoegd')),
      explanation TEXT NOT NULL DEFAULT ''
    )`,
    `CREATE TABLE catalogue_items (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('knelpunt', 'succesfactor', 'activiteit')),
      code TEXT NOT NULL,
      title TEXT NOT NULL,
      description TEXT NOT NULL,
      sort_order INTEGER NOT NULL
    )`,
    `CREATE TABLE agendas (
      id TEXT PRIMARY KEY,
      sector_id TEXT NOT NULL REFERENCES sectors (id),
      start_year INTEGER NOT NULL,
      end_year INTEGER NOT NULL CHECK (end_year >= start_year),
      title TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'ter_ondertekening', 'vastgesteld')),
      predecessor_id TEXT REFERENCES agendas (id),
      introduction TEXT NOT NULL DEFAULT '',
      lookback TEXT NOT NULL DEFAULT '',
      objectives TEXT NOT NULL DEFAULT '',
      accountability TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    `CREATE INDEX agendas_sector ON agendas (sector_id, start_year)`,
    `CREATE TABLE knelpunten (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      cause TEXT NOT NULL DEFAULT '',
      catalogue_id TEXT REFERENCES catalogue_items (id) ON DELETE SET NULL,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX knelpunten_agenda ON knelpunten (agenda_id)`,
    `CREATE TABLE actions (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      primary_type_id INTEGER NOT NULL REFERENCES action_types (id),
      actor TEXT NOT NULL DEFAULT 'sector' CHECK (actor IN ('sector', 'werkgevers', 'partner')),
      nature TEXT NOT NULL DEFAULT 'nieuw' CHECK (nature IN ('nieuw', 'voortgezet', 'bestaand')),
      owner TEXT NOT NULL DEFAULT '',
      start_month TEXT,
      end_month TEXT,
      jobs_prognosis REAL,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE INDEX actions_agenda ON actions (agenda_id)`,
    `CREATE TABLE action_extra_types (
      action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
      type_id INTEGER NOT NULL REFERENCES action_types (id),
      PRIMARY KEY (action_id, type_id)
    )`,
    `CREATE TABLE action_knelpunten (
      action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
      knelpunt_id TEXT NOT NULL REFERENCES knelpunten (id) ON DELETE CASCADE,
      PRIMARY KEY (action_id, knelpunt_id)
    )`,
    `CREATE INDEX action_knelpunten_knelpunt ON action_knelpunten (knelpunt_id)`,
    `CREATE TABLE milestones (
      id TEXT PRIMARY KEY,
      action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      month TEXT,
      done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
      sort_order INTEGER NOT NULL
    )`,
    `CREATE INDEX milestones_action ON milestones (action_id)`,
    `CREATE TABLE targets (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      action_id TEXT REFERENCES actions (id) ON DELETE CASCADE,
      level TEXT NOT NULL DEFAULT 'middenweg' CHECK (level IN ('breed', 'middenweg', 'smal')),
      indicator TEXT NOT NULL,
      unit TEXT NOT NULL DEFAULT '',
      baseline REAL,
      target_value REAL,
      deadline TEXT,
      sort_order INTEGER NOT NULL
    )`,
    `CREATE INDEX targets_agenda ON targets (agenda_id)`,
    `CREATE TABLE job_goals (
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      jobs REAL NOT NULL CHECK (jobs >= 0),
      PRIMARY KEY (agenda_id, year)
    )`,
    `CREATE TABLE unused_type_reasons (
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      type_id INTEGER NOT NULL REFERENCES action_types (id),
      reason TEXT NOT NULL,
      PRIMARY KEY (agenda_id, type_id)
    )`,
    `CREATE TABLE signatories (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      function TEXT NOT NULL DEFAULT '',
      organisation TEXT NOT NULL DEFAULT '',
      required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
      sort_order INTEGER NOT NULL
    )`,
    `CREATE INDEX signatories_agenda ON signatories (agenda_id)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
