import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import { todayIso } from '../../shared/domain/monitoring';
import { call, defensieId, refused, edit } from '../support/core';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

/** An agenda 2025-2026 with two actions (one with a milestone and a target) and a goal of the agenda as a whole. */
async function plannedAgenda(core: Core) {
  let agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
  const agendaId = agenda.id;
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId, title: 'Meet and greets per krijgsmachtdeel', primaryTypeId: 8 });
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId, title: 'Centraal budget', primaryTypeId: 4 });
  const [meet, budget] = agenda.actions;
  agenda = await edit(core, 'milestone.create', { actionId: meet!.id, title: 'Eerste meet and greet', month: '2025-05' });
  agenda = await edit(core, 'target.create', { agendaId, actionId: meet!.id, indicator: 'Meet and greets gehouden', unit: 'bijeenkomsten', baseline: 0, targetValue: 8, deadline: '2026-12-31' });
  agenda = await edit(core, 'target.create', { agendaId, actionId: null, indicator: 'Banen gerealiseerd', unit: 'banen', baseline: 0, targetValue: 68, deadline: '2026-12-31' });
  return { agenda, meet: agenda.actions[0]!, budget: budget!, meetTarget: agenda.targets[0]!, agendaTarget: agenda.targets[1]! };
}

function dumpOf(file: string) {
  const sqlite = new SQLite(file, { readonly: true });
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const content = Object.fromEntries(tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}"`).all()]));
  sqlite.close();
  return content;
}

describe('Do and Check in the core', () => {
  it('records status, notes, milestones and measurements, and works out the target status and the overview', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const { agenda, meet, budget, meetTarget, agendaTarget } = await plannedAgenda(core);

    let progress = await call(core, 'progress.get', { agendaId: agenda.id });
    expect(progress.actions.map((action) => [action.title, action.status, action.statusDate])).toEqual([
      ['Meet and greets per krijgsmachtdeel', 'gepland', null], ['Centraal budget', 'gepland', null],
    ]);
    expect(progress.agendaTargets.map((target) => [target.indicator, target.status])).toEqual([['Banen gerealiseerd', 'geen_gegevens']]);
    expect(progress.overview.actionsByStatus).toEqual({ gepland: 2, lopend: 0, afgerond: 0, gestopt: 0 });

    progress = await call(core, 'action.setStatus', { id: meet.id, status: 'lopend' });
    expect(progress.actions[0]).toMatchObject({ status: 'lopend', statusDate: todayIso() });
    progress = await call(core, 'milestone.setDone', { id: meet.milestones[0]!.id, done: true });
    expect(progress.actions[0]!.milestones[0]).toMatchObject({ title: 'Eerste meet and greet', month: '2025-05', done: true });

    progress = await call(core, 'progressNote.create', { actionId: meet.id, author: 'Programmaleider', date: '2025-03-10', text: 'Eerste gesprekken gevoerd.' });
    progress = await call(core, 'progressNote.create', { actionId: meet.id, author: 'A. Jansen', date: '2025-05-20', text: 'Eerste meet and greet gehouden.' });
    expect(progress.actions[0]!.notes.map((note) => note.date)).toEqual(['2025-05-20', '2025-03-10']);

    // Halfway 2025 steady progress would be about 1,2 of 8: 2 is on course.
    progress = await call(core, 'measurement.create', { targetId: meetTarget.id, date: '2025-06-30', value: 2, source: 'Planning', note: '' });
    expect(progress.actions[0]!.targets[0]!.status).toBe('op_koers');
    // End 2025 about 4 expected: 3 is behind; no note after 31 December 2025 yet.
    progress = await call(core, 'measurement.create', { targetId: meetTarget.id, date: '2025-12-31', value: 3, source: 'Verslag', note: 'Twee afgezegd.' });
    expect(progress.actions[0]!.targets[0]!.measurements.map((m) => [m.date, m.value])).toEqual([['2025-06-30', 2], ['2025-12-31', 3]]);
    expect(progress.actions[0]!.targets[0]!.status).toBe('achter');
    expect(progress.overview.targetsByStatus).toEqual({ behaald: 0, op_koers: 0, achter: 1, geen_gegevens: 1 });
    expect(progress.overview.attention.map((item) => [item.kind, item.title])).toEqual([['target', 'Meet and greets gehouden']]);

    // A follow-up note dated on the day of the latest measurement answers it.
    progress = await call(core, 'progressNote.create', { actionId: meet.id, author: 'A. Jansen', date: '2025-12-31', text: 'Extra bijeenkomsten gepland.' });
    expect(progress.overview.attention).toEqual([]);

    progress = await call(core, 'action.setStatus', { id: budget.id, status: 'gestopt' });
    expect(progress.overview.attention.map((item) => [item.kind, item.title])).toEqual([['action', 'Centraal budget']]);
    expect(progress.overview.actionsByStatus).toEqual({ gepland: 0, lopend: 1, afgerond: 0, gestopt: 1 });

    progress = await call(core, 'measurement.create', { targetId: agendaTarget.id, date: '2026-01-31', value: 70, source: 'UWV', note: '' });
    expect(progress.agendaTargets[0]!.status).toBe('behaald');

    const note = progress.actions[0]!.notes[0]!;
    progress = await call(core, 'progressNote.delete', { id: note.id });
    expect(progress.actions[0]!.notes.map((n) => n.id)).not.toContain(note.id);
    const measurement = progress.agendaTargets[0]!.measurements[0]!;
    progress = await call(core, 'measurement.delete', { id: measurement.id });
    expect(progress.agendaTargets[0]!.status).toBe('geen_gegevens');
    await core.close();
  });

  it('keeps status, notes, milestones and measurements after closing and reopening the file', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const { agenda, meet, meetTarget } = await plannedAgenda(core);
    await call(core, 'action.setStatus', { id: meet.id, status: 'afgerond' });
    await call(core, 'milestone.setDone', { id: meet.milestones[0]!.id, done: true });
    await call(core, 'progressNote.create', { actionId: meet.id, author: 'Programmaleider', date: '2025-04-01', text: 'Gestart.' });
    const written = await call(core, 'measurement.create', { targetId: meetTarget.id, date: '2025-09-15', value: 29.02, source: 'Eigen telling', note: 'Met decimalen.' });
    await core.close();

    const reopened = await startCore(file);
    const loaded = await call(reopened, 'progress.get', { agendaId: agenda.id });
    const detail = await call(reopened, 'agenda.get', { id: agenda.id });
    await reopened.close();
    expect(loaded).toEqual(written);
    expect(loaded.actions[0]).toMatchObject({ status: 'afgerond', notes: [{ author: 'Programmaleider', date: '2025-04-01', text: 'Gestart.' }] });
    expect(loaded.actions[0]!.targets[0]!.measurements[0]).toMatchObject({ value: 29.02, source: 'Eigen telling', note: 'Met decimalen.' });
    // The Plan editor sees the milestone ticked off too.
    expect(detail.actions[0]!.milestones[0]!.done).toBe(true);
  });

  it('refuses invalid figures with a Dutch message and changes nothing', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const { agenda, meet, meetTarget } = await plannedAgenda(core);
    await call(core, 'progressNote.create', { actionId: meet.id, author: 'X', date: '2025-04-01', text: 'Bestaat.' });
    const before = dumpOf(file);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const tomorrow = todayIso(new Date(Date.now() + 36 * 3600 * 1000));
    const measure = (patch: object) => ({ targetId: meetTarget.id, date: '2025-06-01', value: 1, source: '', note: '', ...patch });
    const note = (patch: object) => ({ actionId: meet.id, author: 'A. Jansen', date: '2025-06-01', text: 'Gedaan.', ...patch });

    const cases: [channel: string, input: unknown, message: RegExp][] = [
      ['measurement.create', measure({ date: '2024-12-31' }), /looptijd van de werkagenda liggen: van 1 januari 2025 tot en met 31 december 2026/],
      ['measurement.create', measure({ date: tomorrow }), /De datum ligt in de toekomst\./],
      ['measurement.create', measure({ date: '2025-02-30' }), /Deze datum bestaat niet/],
      ['measurement.create', measure({ value: -1 }), /De waarde mag niet negatief zijn/],
      ['measurement.create', measure({ value: 'veel' }), /De waarde moet een getal zijn/],
      ['measurement.create', measure({ targetId: unknown }), /Dit doel bestaat niet/],
      ['measurement.delete', { id: unknown }, /Deze meting bestaat niet/],
      ['progressNote.create', note({ date: tomorrow }), /De datum ligt in de toekomst\./],
      ['progressNote.create', note({ author: '  ' }), /Vul wie in/],
      ['progressNote.create', note({ text: '' }), /Vul wat er is gedaan in/],
      ['progressNote.create', note({ actionId: unknown }), /Deze actie bestaat niet/],
      ['progressNote.delete', { id: unknown }, /Deze notitie bestaat niet/],
      ['action.setStatus', { id: meet.id, status: 'half' }, /Kies de status van de actie/],
      ['action.setStatus', { id: unknown, status: 'lopend' }, /Deze actie bestaat niet/],
      ['milestone.setDone', { id: unknown, done: true }, /Deze mijlpaal bestaat niet/],
      ['progress.get', { agendaId: unknown }, /Deze werkagenda bestaat niet/],
      ['progress.get', { agendaId: 'geen-uuid' }, /Ongeldige verwijzing/],
    ];
    for (const [channel, input, message] of cases) {
      const error = await refused(core, channel, input);
      expect(error.message, `${channel} ${JSON.stringify(input)}`).toMatch(message);
      expect(['VALIDATION', 'NOT_FOUND']).toContain(error.code);
    }
    // An agenda in the bin takes no progress.
    await call(core, 'agenda.delete', { id: agenda.id });
    expect((await refused(core, 'action.setStatus', { id: meet.id, status: 'lopend' })).code).toBe('NOT_FOUND');
    await call(core, 'agenda.restore', { id: agenda.id });
    await core.close();
    const { audit_events: linesAfter, ...after } = dumpOf(file);
    const { audit_events: linesBefore, ...rest } = before;
    // Only the bin's deleted_at went back and forth; compare everything else exactly.
    expect(after).toEqual(rest);
    // The Logboek says so, and nothing else: the refusals left no line.
    expect(linesAfter!.slice(0, linesBefore!.length)).toEqual(linesBefore);
    expect(linesAfter!.slice(linesBefore!.length).map((line) => (line as { kind: string }).kind)).toEqual(['naar_prullenbak', 'teruggehaald']);
  });

  it('upgrades a file of the previous version: existing actions become "gepland"', async () => {
    const file = join(tempDir(), 'oud.sqlite');
    const old = await openDatabase(file, { migrateTo: '0002-reference-data' });
    old.sqlite.prepare(`INSERT INTO agendas (id, sector_id, start_year, end_year, title, created_at, updated_at)
      VALUES ('22222222-2222-4222-8222-222222222222', ?, 2025, 2026, 'Oude werkagenda', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`).run(defensieId);
    old.sqlite.prepare(`INSERT INTO actions (id, agenda_id, title, primary_type_id, sort_order, created_at, updated_at)
      VALUES ('33333333-3333-4333-8333-333333333333', '22222222-2222-4222-8222-222222222222', 'Oude actie', 1, 1, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`).run();
    await old.close();

    const core = await startCore(file);
    const progress = await call(core, 'progress.get', { agendaId: '22222222-2222-4222-8222-222222222222' });
    const detail = await call(core, 'agenda.get', { id: '22222222-2222-4222-8222-222222222222' });
    await core.close();
    expect(progress.actions).toEqual([{ id: '33333333-3333-4333-8333-333333333333', title: 'Oude actie', status: 'gepland', statusDate: null, milestones: [], notes: [], targets: [] }]);
    expect(detail.actions.map((action) => action.title)).toEqual(['Oude actie']);
  });
});

describe('a target per year in the core', () => {
  it('is stored and judged per calendar year, where the same figures read as a total would be behind', async () => {
    const core = await startCore(join(tempDir(), 'per-jaar.sqlite'));
    const agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
    const base = { agendaId: agenda.id, actionId: null, indicator: 'Bijeenkomsten met werkgevers', unit: 'bijeenkomsten', baseline: 0, targetValue: 4, deadline: '2026-12-31' };
    await call(core, 'target.create', { ...base, perYear: true });
    const created = await edit(core, 'target.create', base);
    const [perYear, total] = created.targets;
    expect([perYear!.perYear, total!.perYear]).toEqual([true, false]);
    for (const target of [perYear!, total!]) {
      for (const [date, value] of [['2025-06-30', 2], ['2025-12-31', 4], ['2026-03-31', 1]] as const) {
        await call(core, 'measurement.create', { targetId: target.id, date, value });
      }
    }
    const progress = await call(core, 'progress.get', { agendaId: agenda.id });
    const [yearly, cumulative] = progress.agendaTargets;
    // Judged on the year of today, or of the end of the period once it is over.
    const periodOver = todayIso() >= '2026-12-31';
    expect(yearly).toMatchObject({ perYear: true, status: periodOver ? 'achter' : 'op_koers' });
    expect(yearly!.statusReason).toContain('In 2026 is de stand 1 bijeenkomsten op 31 maart 2026');
    expect(cumulative).toMatchObject({ perYear: false, status: 'achter' });

    const patched = await call(core, 'target.update', { id: perYear!.id, patch: { perYear: false } });
    expect(patched.change.target.perYear).toBe(false);
    await core.close();
  });
});

describe('the date of a status change (issue 14, item 6)', () => {
  it('is today on a change, can be set to the day it really changed, never in the future, and is written in the Logboek', async () => {
    const core = await startCore(join(tempDir(), 'statusdatum.sqlite'));
    const { agenda, meet } = await plannedAgenda(core);
    let progress = await call(core, 'action.setStatus', { id: meet.id, status: 'lopend' });
    expect(progress.actions.find((action) => action.id === meet.id)?.statusDate).toBe(todayIso());
    progress = await call(core, 'action.setStatusDate', { id: meet.id, date: '2025-03-01' });
    expect(progress.actions.find((action) => action.id === meet.id)).toMatchObject({ status: 'lopend', statusDate: '2025-03-01' });
    const future = await refused(core, 'action.setStatusDate', { id: meet.id, date: '2999-01-01' });
    expect(future.message).toBe('De datum van de status mag niet in de toekomst liggen.');
    expect((await call(core, 'progress.get', { agendaId: agenda.id })).actions.find((action) => action.id === meet.id)?.statusDate).toBe('2025-03-01');
    const { events } = await call(core, 'audit.list', { agendaId: agenda.id });
    expect(events.map((event) => event.summary).join('\n')).toMatch(/Actie “Meet and greets per krijgsmachtdeel”: status “Lopend” sinds 1 maart 2025 \(was \d+ \w+ \d{4}\)\./);
    await core.close();
  });
});
