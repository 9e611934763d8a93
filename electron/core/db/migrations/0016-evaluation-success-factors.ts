import { sql, type Kysely } from 'kysely';

// "Wat hielp?" (issue 14, item 1): the success factors S1–S9 of seed 003 §5.1 an evaluation names, as a JSON array
// of their codes. Execution, like the rest of the evaluation: not part of what is signed.
// Never edit this file after it has landed: add a new migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE action_evaluations ADD COLUMN helped TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(helped) AND json_type(helped) = 'array')`.execute(db);
}
