import { sql, type Kysely } from 'kysely';

// Jobs and quotum: the quotum percentage per year (global data with its source,
// prefilled only with the known values), the employers under an agenda with what
// was entered for their paid hours per year, and the jobs realised per reference date.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE quotum_percentages (
      year INTEGER PRIMARY KEY,
      percentage REAL NOT NULL CHECK (percentage > 0 AND percentage <= 100),
      source TEXT NOT NULL DEFAULT ''
    )`,
    `INSERT INTO quotum_percentages (year, percentage, source) VALUES
      (2018, 1.93, 'Onderzoek werkagenda''s 2023 (seed 003)'),
      (2022, 2.69, 'Onderzoek werkagenda''s 2023 (seed 003)'),
      (2024, 2.76, 'Vastgesteld door SZW (oktober 2023)')`,
    `CREATE TABLE employers (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX employers_agenda ON employers (agenda_id, sort_order)`,
    // What was entered: paid hours per year ('uren'), or fte and hours per week per fte ('fte').
    `CREATE TABLE employer_hours (
      employer_id TEXT NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('uren', 'fte')),
      hours_per_year REAL CHECK (hours_per_year >= 0),
      fte REAL CHECK (fte >= 0),
      hours_per_week REAL CHECK (hours_per_week > 0),
      PRIMARY KEY (employer_id, year),
      CHECK ((kind = 'uren' AND hours_per_year IS NOT NULL) OR (kind = 'fte' AND fte IS NOT NULL AND hours_per_week IS NOT NULL))
    )`,
    // employer_id NULL: a figure for the sector as a whole.
    `CREATE TABLE realised_jobs (
      id TEXT PRIMARY KEY,
      agenda_id TEXT NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
      employer_id TEXT REFERENCES employers (id) ON DELETE CASCADE,
      reference_date TEXT NOT NULL,
      jobs REAL NOT NULL CHECK (jobs >= 0),
      kind TEXT NOT NULL CHECK (kind IN ('regulier', 'inkoop_sroi')),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    )`,
    `CREATE INDEX realised_jobs_agenda ON realised_jobs (agenda_id, reference_date)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
