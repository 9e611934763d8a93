import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/api';
import { openDatabase, type OpenDatabase } from '../../electron/core/db/database';
import { dispatch } from '../../electron/core/dispatch';
import { createAgenda } from '../../electron/core/services/plan/agendas';
import { createSignatory } from '../../electron/core/services/plan/signatories';
import { freezeRevision } from '../../electron/core/services/signoff/revisions';
import { defensieId } from '../support/core';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let database: OpenDatabase;
let agendaId: string;

beforeAll(async () => {
  database = await openDatabase(join(tempDir(), 'data.sqlite'));
  agendaId = (await createAgenda(database.db, { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' })).id;
});
afterAll(() => database.close());

/** Runs one raw statement as if it were the handler of a channel, so SQLite's own refusal reaches dispatch. */
async function refusalOf(statement: string, parameters: unknown[] = []) {
  const handlers = { 'reference.get': () => database.sqlite.prepare(statement).run(...parameters) } as unknown as Partial<Handlers>;
  const result = await dispatch(handlers, 'reference.get', {});
  expect(result.ok).toBe(false);
  return (result as { ok: false; error: { code: string; message: string } }).error;
}

describe('refusals by SQLite itself reach the user as a specific Dutch sentence', () => {
  it.each([
    ['a second sector with the same name', `INSERT INTO sectors (id, name, sort_order, is_employer) SELECT 'x', name, 99, 0 FROM sectors LIMIT 1`, 'CONFLICT', /al een sector met deze naam/],
    ['a second jobs goal for a year', `INSERT INTO job_goals (agenda_id, year, jobs) VALUES (?, 2025, 1), (?, 2025, 2)`, 'CONFLICT', /al een banendoel/],
    ['a percentage over 100', `INSERT INTO quotum_percentages (year, percentage, source) VALUES (2031, 140, '')`, 'VALIDATION', /percentage moet groter zijn dan 0 en hoogstens 100/],
    ['a link to an agenda that does not exist', `INSERT INTO job_goals (agenda_id, year, jobs) VALUES ('bestaat-niet', 2025, 1)`, 'CONFLICT', /verwijst naar iets dat niet \(meer\) bestaat/],
    ['an action without a title', `INSERT INTO actions (id, agenda_id, title, primary_type_id, sort_order, created_at, updated_at) VALUES ('a', ?, NULL, 1, 1, '', '')`, 'VALIDATION', /verplicht gegeven ontbreekt/],
  ])('%s', async (_what, statement, code, message) => {
    const parameters = (statement.match(/\?/g) ?? []).map(() => agendaId);
    const error = await refusalOf(statement, parameters);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Er is niets gewijzigd\./);
  });

  it('a frozen version that someone tries to change', async () => {
    await createSignatory(database.db, { agendaId, name: 'J. de Vries', required: true });
    await freezeRevision(database.db, agendaId, 'A. Ambtenaar');
    const error = await refusalOf(`UPDATE revisions SET content = '{}' WHERE agenda_id = ?`, [agendaId]);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(error.message).toMatch(/liggen vast en kunnen niet worden gewijzigd/);
  });

  it('an error that is not SQLite stays the general message', async () => {
    const handlers = { 'reference.get': () => { throw new Error('iets anders'); } } as unknown as Partial<Handlers>;
    const result = await dispatch(handlers, 'reference.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/Er ging iets mis/) } });
  });
});
