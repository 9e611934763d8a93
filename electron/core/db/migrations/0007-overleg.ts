import { sql, type Kysely } from 'kysely';

// The dossierhoudersoverleg: groups of sectors the user defines (e.g. Defensie and
// Politie; mbo, hbo and universiteiten) to limit the comparison to.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE sector_groups (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    )`,
    `CREATE TABLE sector_group_members (
      group_id TEXT NOT NULL REFERENCES sector_groups (id) ON DELETE CASCADE,
      sector_id TEXT NOT NULL REFERENCES sectors (id) ON DELETE CASCADE,
      PRIMARY KEY (group_id, sector_id)
    )`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
