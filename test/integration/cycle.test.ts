import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import { compareCycles } from '../../shared/cycleCompare';
import { call, defensieId, gemeentenId, refused, edit } from '../support/core';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

const dump = (file: string) => {
  const sqlite = new SQLite(file, { readonly: true });
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const content = Object.fromEntries(tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}"`).all()]));
  sqlite.close();
  return content;
};

/** Every row that belongs to one agenda, in every table that holds agenda data. */
const dumpAgenda = (file: string, agendaId: string) => {
  const sqlite = new SQLite(file, { readonly: true });
  const rows = (query: string) => sqlite.prepare(query).all({ id: agendaId });
  const actions = '(SELECT id FROM actions WHERE agenda_id = @id)';
  const content = {
    agendas: rows('SELECT * FROM agendas WHERE id = @id'),
    knelpunten: rows('SELECT * FROM knelpunten WHERE agenda_id = @id ORDER BY id'),
    actions: rows('SELECT * FROM actions WHERE agenda_id = @id ORDER BY id'),
    actionExtraTypes: rows(`SELECT * FROM action_extra_types WHERE action_id IN ${actions} ORDER BY action_id, type_id`),
    actionKnelpunten: rows(`SELECT * FROM action_knelpunten WHERE action_id IN ${actions} ORDER BY action_id, knelpunt_id`),
    milestones: rows(`SELECT * FROM milestones WHERE action_id IN ${actions} ORDER BY id`),
    progressNotes: rows(`SELECT * FROM progress_notes WHERE action_id IN ${actions} ORDER BY id`),
    evaluations: rows(`SELECT * FROM action_evaluations WHERE action_id IN ${actions} ORDER BY action_id`),
    targets: rows('SELECT * FROM targets WHERE agenda_id = @id ORDER BY id'),
    measurements: rows('SELECT * FROM measurements WHERE target_id IN (SELECT id FROM targets WHERE agenda_id = @id) ORDER BY id'),
    jobGoals: rows('SELECT * FROM job_goals WHERE agenda_id = @id ORDER BY year'),
    unused: rows('SELECT * FROM unused_type_reasons WHERE agenda_id = @id ORDER BY type_id'),
    signatories: rows('SELECT * FROM signatories WHERE agenda_id = @id ORDER BY id'),
    employers: rows('SELECT * FROM employers WHERE agenda_id = @id ORDER BY id'),
    employerHours: rows('SELECT * FROM employer_hours WHERE employer_id IN (SELECT id FROM employers WHERE agenda_id = @id) ORDER BY employer_id, year'),
    realisedJobs: rows('SELECT * FROM realised_jobs WHERE agenda_id = @id ORDER BY id'),
    found: rows('SELECT * FROM found_knelpunten WHERE agenda_id = @id ORDER BY id'),
    foundActions: rows('SELECT * FROM found_knelpunt_actions WHERE found_id IN (SELECT id FROM found_knelpunten WHERE agenda_id = @id) ORDER BY found_id, action_id'),
    foundTargets: rows('SELECT * FROM found_knelpunt_targets WHERE found_id IN (SELECT id FROM found_knelpunten WHERE agenda_id = @id) ORDER BY found_id, target_id'),
  };
  sqlite.close();
  return content;
};

/** A Defensie agenda 2025-2026 that has been run: four actions in every status, targets, measurements, jobs, evaluations, found knelpunten. */
async function runAgenda(core: Core) {
  let agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
  const id = agenda.id;
  agenda = await edit(core, 'knelpunt.create', { agendaId: id, title: 'Oud knelpunt', description: 'Uit de vorige analyse' });
  agenda = await edit(core, 'action.create', { nature: 'nieuw',
    agendaId: id, title: 'Meet and greets', description: 'Per krijgsmachtdeel', primaryTypeId: 8, extraTypeIds: [2, 5], actor: 'werkgevers', owner: 'Programmaleider',
    startMonth: '2025-03', endMonth: '2026-06', jobsPrognosis: 12, knelpuntIds: [agenda.knelpunten[0]!.id],
  });
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: id, title: 'Jobcoaches', primaryTypeId: 3 });
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: id, title: 'Werkplekaanpassingen', primaryTypeId: 4 });
  agenda = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: id, title: 'Banenmarkt', primaryTypeId: 6 });
  const [meet, coaches, adapt, market] = agenda.actions;
  await call(core, 'milestone.create', { actionId: meet!.id, title: 'Eerste bijeenkomst', month: '2025-05' });
  agenda = await edit(core, 'target.create', { agendaId: id, actionId: meet!.id, level: 'middenweg', indicator: 'Bijeenkomsten', unit: 'bijeenkomsten', baseline: 0, targetValue: 8, deadline: '2026-12-31' });
  agenda = await edit(core, 'target.create', { agendaId: id, actionId: coaches!.id, level: 'smal', indicator: 'Jobcoaches ingezet', unit: 'coaches', baseline: 2, targetValue: 10, deadline: '2026-06-30' });
  agenda = await edit(core, 'target.create', { agendaId: id, actionId: adapt!.id, level: 'smal', indicator: 'Aanpassingen', unit: 'plekken', baseline: 0, targetValue: 5, deadline: null });
  agenda = await edit(core, 'target.create', { agendaId: id, actionId: null, level: 'breed', indicator: 'Banen', unit: 'banen', baseline: 36.2, targetValue: 68, deadline: '2026-12-31' });
  const [meetTarget, coachTarget] = agenda.targets;
  await call(core, 'jobGoal.set', { agendaId: id, year: 2026, jobs: 68 });
  await call(core, 'measurement.create', { targetId: meetTarget!.id, date: '2025-06-30', value: 3 });
  await call(core, 'measurement.create', { targetId: meetTarget!.id, date: '2025-11-01', value: 5.5 });
  await call(core, 'action.setStatus', { id: meet!.id, status: 'lopend' });
  await call(core, 'action.setStatus', { id: adapt!.id, status: 'afgerond' });
  await call(core, 'action.setStatus', { id: market!.id, status: 'gestopt' });
  await call(core, 'progressNote.create', { actionId: meet!.id, author: 'A. Jansen', date: '2025-07-01', text: 'Goed bezocht' });
  let jobs = await call(core, 'employer.create', { agendaId: id, name: 'Landmacht' });
  jobs = await call(core, 'employer.create', { agendaId: id, name: 'Marine' });
  jobs = await call(core, 'employer.create', { agendaId: id, name: 'Zonder uren' });
  const [land, marine] = jobs.employers;
  await call(core, 'employerHours.set', { employerId: land!.id, year: 2025, hours: { kind: 'uren', hoursPerYear: 1_000_000 } });
  await call(core, 'employerHours.set', { employerId: land!.id, year: 2026, hours: { kind: 'uren', hoursPerYear: 1_100_000 } });
  await call(core, 'employerHours.set', { employerId: marine!.id, year: 2025, hours: { kind: 'fte', fte: 300, hoursPerWeek: 36 } });
  await call(core, 'realisedJobs.create', { agendaId: id, employerId: null, referenceDate: '2025-06-30', jobs: 36.2, kind: 'regulier' });
  await call(core, 'evaluation.update', { actionId: meet!.id, patch: { result: 'deels', why: 'Goed bezocht, weinig plaatsingen' } });
  await call(core, 'evaluation.update', { actionId: meet!.id, patch: { lesson: 'Koppel aan vacatures' } });
  await call(core, 'evaluation.update', { actionId: market!.id, patch: { result: 'niet' } });
  let evaluation = await call(core, 'foundKnelpunt.create', {
    agendaId: id, title: 'Te weinig passende vacatures', description: 'Bijeenkomsten leverden weinig op', cause: 'Geen functies gecreëerd',
    catalogueId: null, actionIds: [meet!.id], targetIds: [meetTarget!.id],
  });
  evaluation = await call(core, 'foundKnelpunt.create', { agendaId: id, title: 'Jobcoaches schaars', targetIds: [coachTarget!.id] });
  return { id, evaluation, actions: { meet: meet!, coaches: coaches!, adapt: adapt!, market: market! }, targets: { meetTarget: meetTarget!, coachTarget: coachTarget! } };
}

describe('Act and the next agenda in the core', () => {
  it('stores evaluations and found knelpunten with their links, and keeps them after reopening', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const { id, evaluation, actions, targets } = await runAgenda(core);
    await core.close();
    expect(evaluation.actions.map((action) => [action.title, action.status, action.evaluation])).toEqual([
      ['Meet and greets', 'lopend', { result: 'deels', why: 'Goed bezocht, weinig plaatsingen', lesson: 'Koppel aan vacatures', helped: [] }],
      ['Jobcoaches', 'gepland', { result: null, why: '', lesson: '', helped: [] }],
      ['Werkplekaanpassingen', 'afgerond', { result: null, why: '', lesson: '', helped: [] }],
      ['Banenmarkt', 'gestopt', { result: 'niet', why: '', lesson: '', helped: [] }],
    ]);
    expect(evaluation.foundKnelpunten).toMatchObject([
      { title: 'Te weinig passende vacatures', cause: 'Geen functies gecreëerd', actionIds: [actions.meet.id], targetIds: [targets.meetTarget.id] },
      { title: 'Jobcoaches schaars', description: '', actionIds: [], targetIds: [targets.coachTarget.id] },
    ]);
    expect(evaluation.successor).toBeNull();

    const reopened = await startCore(file);
    const loaded = await call(reopened, 'evaluation.get', { agendaId: id });
    expect(loaded).toEqual(evaluation);

    // Edit and delete: links replaced, the catalogue category set, the second one gone.
    const [first, second] = loaded.foundKnelpunten;
    const reference = await call(reopened, 'reference.get', {});
    const category = reference.catalogue.find((item) => item.kind === 'knelpunt')!;
    let changed = await call(reopened, 'foundKnelpunt.update', { id: first!.id, patch: { title: 'Te weinig vacatures', catalogueId: category.id, actionIds: [actions.meet.id, actions.coaches.id], targetIds: [] } });
    expect(changed.foundKnelpunten[0]).toMatchObject({ title: 'Te weinig vacatures', catalogueId: category.id, actionIds: [actions.meet.id, actions.coaches.id], targetIds: [] });
    changed = await call(reopened, 'foundKnelpunt.delete', { id: second!.id });
    expect(changed.foundKnelpunten.map((knelpunt) => knelpunt.title)).toEqual(['Te weinig vacatures']);
    changed = await call(reopened, 'evaluation.update', { actionId: actions.meet.id, patch: { result: null } });
    expect(changed.actions[0]!.evaluation).toEqual({ result: null, why: 'Goed bezocht, weinig plaatsingen', lesson: 'Koppel aan vacatures', helped: [] });
    await reopened.close();
  });

  it('refuses invalid input with a Dutch message and changes nothing', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const { id, evaluation, actions } = await runAgenda(core);
    const other = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Andere' });
    const otherAgenda = await call(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: other.id, title: 'Elders', primaryTypeId: 1 });
    const withTarget = await call(core, 'target.create', { agendaId: other.id, actionId: null, indicator: 'Elders', unit: 'x' });
    const late = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2099, endYear: 2100, title: 'Laat' });
    const foundId = evaluation.foundKnelpunten[0]!.id;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const before = dump(file);

    const cases: [channel: string, input: unknown, message: RegExp][] = [
      ['evaluation.update', { actionId: actions.meet.id, patch: { result: 'goed' } }, /Kies of de actie werkte/],
      ['evaluation.update', { actionId: actions.meet.id, patch: { why: 'x'.repeat(5001) } }, /hoogstens 5\.000 tekens/],
      ['evaluation.update', { actionId: unknown, patch: { result: 'werkte' } }, /actie bestaat niet/],
      ['evaluation.get', { agendaId: unknown }, /werkagenda bestaat niet/],
      ['foundKnelpunt.create', { agendaId: id, title: '   ' }, /Vul de titel van het knelpunt in/],
      ['foundKnelpunt.create', { agendaId: id, title: 'x', actionIds: [otherAgenda.change.action.id] }, /actie hoort niet bij deze werkagenda/],
      ['foundKnelpunt.create', { agendaId: id, title: 'x', targetIds: [withTarget.change.target.id] }, /doel hoort niet bij deze werkagenda/],
      ['foundKnelpunt.create', { agendaId: id, title: 'x', catalogueId: 'geen-categorie' }, /soort knelpunt uit de catalogus/],
      ['foundKnelpunt.create', { agendaId: unknown, title: 'x' }, /werkagenda bestaat niet/],
      ['foundKnelpunt.update', { id: foundId, patch: { title: '' } }, /Vul de titel van het knelpunt in/],
      ['foundKnelpunt.update', { id: foundId, patch: { actionIds: [actions.meet.id, unknown] } }, /actie hoort niet bij deze werkagenda/],
      ['foundKnelpunt.update', { id: foundId, patch: { actionIds: ['geen-id'] } }, /Ongeldige verwijzing/],
      ['foundKnelpunt.update', { id: unknown, patch: { title: 'x' } }, /gevonden knelpunt bestaat niet/],
      ['foundKnelpunt.delete', { id: unknown }, /gevonden knelpunt bestaat niet/],
      ['agenda.startNext', { id: unknown }, /werkagenda bestaat niet/],
      ['agenda.startNext', { id: late.id }, /na 2100/],
    ];
    for (const [channel, input, message] of cases) {
      const error = await refused(core, channel, input);
      expect(error.message, `${channel} ${JSON.stringify(input)}`).toMatch(message);
      expect(['VALIDATION', 'CONFLICT', 'NOT_FOUND']).toContain(error.code);
    }
    await core.close();
    expect(dump(file)).toEqual(before);
  });

  it('starts the next agenda with exactly what carries over, leaving the predecessor untouched', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const { id, evaluation, actions, targets } = await runAgenda(core);
    await call(core, 'signatory.create', { agendaId: id, name: 'P. de Vries', function: 'Directeur', organisation: 'Defensie', required: true });
    await call(core, 'signatory.create', { agendaId: id, name: 'K. Bakker', function: '', organisation: 'Landmacht', required: false });
    // Reasons: 1 and 10 stay unused in the successor; 8 is used by a carried action; 7 is not a Significant type; 11 is empty.
    for (const [typeId, reason] of [[1, 'Geen ambassadeurs gevonden'], [10, 'Partners werken al mee via de gemeente'], [8, 'Verouderd'], [7, 'Geen inkoop'], [11, '  ']] as const) {
      await call(core, 'unusedType.set', { agendaId: id, typeId, reason });
    }
    // The second found knelpunt came from a carried action and a stopped one: only the carried one answers it.
    await call(core, 'foundKnelpunt.update', { id: evaluation.foundKnelpunten[1]!.id, patch: { actionIds: [actions.coaches.id, actions.market.id] } });
    const predecessor = await call(core, 'agenda.get', { id });
    const predecessorJobs = await call(core, 'jobs.get', { agendaId: id });
    await core.close();
    const before = dumpAgenda(file, id);

    const reopened = await startCore(file);
    const next = await call(reopened, 'agenda.startNext', { id });
    const nextJobs = await call(reopened, 'jobs.get', { agendaId: next.id });
    const refusal = await refused(reopened, 'agenda.startNext', { id });
    const afterEvaluation = await call(reopened, 'evaluation.get', { agendaId: id });
    await reopened.close();

    // The predecessor: not one row of it changed.
    expect(dumpAgenda(file, id)).toEqual(before);
    expect(afterEvaluation.successor).toEqual({ id: next.id, title: 'Werkagenda Defensie 2027-2028', startYear: 2027, endYear: 2028, deleted: false });
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: 'Deze werkagenda heeft al een volgende werkagenda: “Werkagenda Defensie 2027-2028”.' });

    expect(next).toMatchObject({
      title: 'Werkagenda Defensie 2027-2028', startYear: 2027, endYear: 2028, status: 'concept', predecessorId: id,
      sectorId: defensieId, jobGoals: [],
    });
    // Signatories with new ids and the same details; reasons only for Significant types still unused, and not empty.
    expect(next.signatories.map(({ id: signatoryId, agendaId, ...signatory }) => [signatoryId === predecessor.signatories.find((s) => s.name === signatory.name)!.id, agendaId, signatory])).toEqual([
      [false, next.id, { name: 'P. de Vries', function: 'Directeur', organisation: 'Defensie', required: true }],
      [false, next.id, { name: 'K. Bakker', function: '', organisation: 'Landmacht', required: false }],
    ]);
    expect(next.unusedTypeReasons).toEqual([{ typeId: 1, reason: 'Geen ambassadeurs gevonden' }, { typeId: 10, reason: 'Partners werken al mee via de gemeente' }]);
    // The Terugblik is a draft from the evaluation: the verdict and lesson per action, the targets, the jobs.
    expect(next.lookback).toMatch(/^Concept, opgesteld uit de evaluatie van “Werkagenda Defensie 2025-2026” \(2025-2026\); pas het aan\./);
    expect(next.lookback).toContain('- Meet and greets (lopend): werkte deels. Waarom: Goed bezocht, weinig plaatsingen. Les: Koppel aan vacatures.');
    expect(next.lookback).toContain('- Banenmarkt (gestopt): werkte niet.');
    expect(next.lookback).toContain('- Jobcoaches (gepland): nog niet geëvalueerd.');
    // Judged on today or 31 December 2026, whichever is earlier: the words depend on the day the test runs.
    expect(next.lookback).toMatch(/- Bijeenkomsten: (op koers|achter|niet behaald)\. De laatste meting is 5,5 bijeenkomsten op 1 november 2025/);
    expect(next.lookback).toContain('Banen\n36,2 banen gerealiseerd op 30 juni 2025');
    // The found knelpunten are its problem analysis, each linked back and answered by the actions that continue the ones it was found at.
    const [meetNext, coachesNext] = next.actions;
    expect(next.knelpunten.map(({ title, description, cause, catalogueId, answeredByActionIds }) => ({ title, description, cause, catalogueId, answeredByActionIds }))).toEqual([
      { title: 'Te weinig passende vacatures', description: 'Bijeenkomsten leverden weinig op', cause: 'Geen functies gecreëerd', catalogueId: null, answeredByActionIds: [meetNext!.id] },
      { title: 'Jobcoaches schaars', description: '', cause: '', catalogueId: null, answeredByActionIds: [coachesNext!.id] },
    ]);
    // Only the gepland and lopend actions, as voortgezet, without planning months, milestones or prognosis.
    expect(next.actions.map(({ id: _id, agendaId: _a, ...action }) => action)).toEqual([
      { title: 'Meet and greets', description: 'Per krijgsmachtdeel', primaryTypeId: 8, extraTypeIds: [2, 5], actor: 'werkgevers', nature: 'voortgezet', owner: 'Programmaleider',
        startMonth: null, endMonth: null, jobsPrognosis: null, knelpuntIds: [next.knelpunten[0]!.id], milestones: [] },
      { title: 'Jobcoaches', description: '', primaryTypeId: 3, extraTypeIds: [], actor: 'sector', nature: 'voortgezet', owner: '',
        startMonth: null, endMonth: null, jobsPrognosis: null, knelpuntIds: [next.knelpunten[1]!.id], milestones: [] },
    ]);
    // Their targets: baseline from the latest measurement (5.5) or the old baseline, no deadline; the agenda-wide goal stays behind.
    expect(next.targets.map(({ actionId, level, indicator, unit, baseline, targetValue, deadline }) => ({ action: next.actions.findIndex((a) => a.id === actionId), level, indicator, unit, baseline, targetValue, deadline }))).toEqual([
      { action: 0, level: 'middenweg', indicator: 'Bijeenkomsten', unit: 'bijeenkomsten', baseline: 5.5, targetValue: 8, deadline: null },
      { action: 1, level: 'smal', indicator: 'Jobcoaches ingezet', unit: 'coaches', baseline: 2, targetValue: 10, deadline: null },
    ]);
    // The links back, in the database.
    const sqlite = new SQLite(file, { readonly: true });
    const origins = sqlite.prepare('SELECT title, origin_action_id AS origin, status FROM actions WHERE agenda_id = ? ORDER BY sort_order').all(next.id);
    const knelpuntOrigins = sqlite.prepare('SELECT title, origin_found_id AS origin FROM knelpunten WHERE agenda_id = ? ORDER BY sort_order').all(next.id);
    const nextRows = {
      measurements: sqlite.prepare('SELECT count(*) AS n FROM measurements WHERE target_id IN (SELECT id FROM targets WHERE agenda_id = ?)').get(next.id),
      notes: sqlite.prepare('SELECT count(*) AS n FROM progress_notes WHERE action_id IN (SELECT id FROM actions WHERE agenda_id = ?)').get(next.id),
      evaluations: sqlite.prepare('SELECT count(*) AS n FROM action_evaluations WHERE action_id IN (SELECT id FROM actions WHERE agenda_id = ?)').get(next.id),
      found: sqlite.prepare('SELECT count(*) AS n FROM found_knelpunten WHERE agenda_id = ?').get(next.id),
    };
    sqlite.close();
    expect(origins).toEqual([
      { title: 'Meet and greets', origin: actions.meet.id, status: 'gepland' },
      { title: 'Jobcoaches', origin: actions.coaches.id, status: 'gepland' },
    ]);
    expect(knelpuntOrigins).toEqual(evaluation.foundKnelpunten.map((knelpunt) => ({ title: knelpunt.title, origin: knelpunt.id })));
    expect(nextRows).toEqual({ measurements: { n: 0 }, notes: { n: 0 }, evaluations: { n: 0 }, found: { n: 0 } });
    expect(targets.meetTarget.baseline).toBe(0);

    // Employers come along, each with its latest entered hours for every year of the new period; realised jobs stay behind.
    expect(nextJobs.employers.map((employer) => [employer.name, employer.hours])).toEqual([
      ['Landmacht', [2027, 2028].map((year) => ({ year, kind: 'uren', hoursPerYear: 1_100_000, fte: null, hoursPerWeek: null }))],
      ['Marine', [2027, 2028].map((year) => ({ year, kind: 'fte', hoursPerYear: null, fte: 300, hoursPerWeek: 36 }))],
      ['Zonder uren', []],
    ]);
    expect(nextJobs.realised).toEqual([]);
    expect(predecessorJobs.realised).toHaveLength(1);
    expect(predecessor.actions).toHaveLength(4);
  });

  it('refuses a second successor also when the first is in the bin', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const first = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2027, title: 'Driejarig' });
    const next = await call(core, 'agenda.startNext', { id: first.id });
    expect(next).toMatchObject({ title: 'Driejarig (2028-2030)', startYear: 2028, endYear: 2030, knelpunten: [], actions: [], targets: [] });
    await call(core, 'agenda.delete', { id: next.id });
    const error = await refused(core, 'agenda.startNext', { id: first.id });
    expect(error.message).toMatch(/al een volgende werkagenda: “Driejarig \(2028-2030\)”\. Die staat bij de verwijderde/);
    // The successor itself can be continued in turn.
    await call(core, 'agenda.restore', { id: next.id });
    const third = await call(core, 'agenda.startNext', { id: next.id });
    await core.close();
    expect(third).toMatchObject({ title: 'Driejarig (2031-2033)', startYear: 2031, endYear: 2033, predecessorId: next.id });
  });

  it('compares the two cycles through the origin links', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const { id, actions } = await runAgenda(core);
    const alone = await call(core, 'cycle.compare', { agendaId: id });
    expect(alone).toMatchObject({ predecessor: null, actionOrigins: [], knelpuntOrigins: [], predecessorOutcomes: [] });
    let next = await call(core, 'agenda.startNext', { id });
    next = await edit(core, 'action.update', { id: next.actions[1]!.id, patch: { owner: 'Nieuwe eigenaar' } });
    next = await edit(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: next.id, title: 'Functies creëren', primaryTypeId: 1, knelpuntIds: [next.knelpunten[0]!.id] });
    const data = await call(core, 'cycle.compare', { agendaId: next.id });
    const reference = await call(core, 'reference.get', {});
    await core.close();
    expect(data.predecessor?.id).toBe(id);
    expect(data.predecessorOutcomes.find((outcome) => outcome.actionId === actions.market.id)).toEqual({ actionId: actions.market.id, status: 'gestopt', result: 'niet' });
    const comparison = compareCycles({ ...data, predecessor: data.predecessor! }, reference.actionTypes);
    expect(comparison.actions.continued.map((pair) => [pair.before.id, pair.changes])).toEqual([[actions.meet.id, []], [actions.coaches.id, ['trekker']]]);
    expect(comparison.actions.added.map((action) => action.title)).toEqual(['Functies creëren']);
    expect(comparison.actions.dropped.map((entry) => [entry.action.title, entry.status])).toEqual([['Werkplekaanpassingen', 'afgerond'], ['Banenmarkt', 'gestopt']]);
    expect(comparison.targets.dropped.map((pair) => pair.indicator)).toEqual(['Aanpassingen', 'Banen']);
    expect(comparison.types).toMatchObject({ before: [2, 3, 4, 5, 6, 8], after: [1, 2, 3, 5, 8], scoreBefore: 6, scoreAfter: 5 });
    expect(comparison.knelpunten.after.map((state) => [state.knelpunt.title, state.fromEvaluation, state.answered])).toEqual([
      ['Te weinig passende vacatures', true, true], ['Jobcoaches schaars', true, false],
    ]);
    expect(comparison.knelpunten.before.map((state) => [state.knelpunt.title, state.answered])).toEqual([['Oud knelpunt', true]]);
  });

  it('upgrades a file of version 0004-jobs, keeping its data', async () => {
    const file = join(tempDir(), 'oud.sqlite');
    const old = await openDatabase(file, { migrateTo: '0004-jobs' });
    old.sqlite.prepare(`INSERT INTO agendas (id, sector_id, start_year, end_year, title, created_at, updated_at)
      VALUES ('22222222-2222-4222-8222-222222222222', ?, 2023, 2024, 'Oude werkagenda 2023-2024', '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z')`).run(defensieId);
    old.sqlite.prepare(`INSERT INTO actions (id, agenda_id, title, primary_type_id, sort_order, created_at, updated_at, status)
      VALUES ('33333333-3333-4333-8333-333333333333', '22222222-2222-4222-8222-222222222222', 'Oude actie', 1, 1, '2023-01-01T00:00:00Z', '2023-01-01T00:00:00Z', 'lopend')`).run();
    old.sqlite.prepare(`INSERT INTO knelpunten (id, agenda_id, title, sort_order, created_at)
      VALUES ('44444444-4444-4444-8444-444444444444', '22222222-2222-4222-8222-222222222222', 'Oud knelpunt', 1, '2023-01-01T00:00:00Z')`).run();
    old.sqlite.prepare(`INSERT INTO employers (id, agenda_id, name, sort_order, created_at)
      VALUES ('55555555-5555-4555-8555-555555555555', '22222222-2222-4222-8222-222222222222', 'Oude werkgever', 1, '2023-01-01T00:00:00Z')`).run();
    await old.close();

    const core = await startCore(file);
    const agenda = await call(core, 'agenda.get', { id: '22222222-2222-4222-8222-222222222222' });
    const evaluation = await call(core, 'evaluation.get', { agendaId: agenda.id });
    const next = await call(core, 'agenda.startNext', { id: agenda.id });
    await core.close();
    expect(agenda).toMatchObject({ title: 'Oude werkagenda 2023-2024', actions: [{ title: 'Oude actie' }], knelpunten: [{ title: 'Oud knelpunt' }] });
    expect(evaluation).toMatchObject({ actions: [{ title: 'Oude actie', status: 'lopend', evaluation: { result: null, why: '', lesson: '' } }], foundKnelpunten: [], successor: null });
    expect(next).toMatchObject({ title: 'Oude werkagenda 2025-2026', actions: [{ title: 'Oude actie', nature: 'voortgezet' }], knelpunten: [] });
  });
});

describe('Vorige werkagenda koppelen in the core', () => {
  /** Defensie and Gemeenten agendas in every relation the rules look at. */
  async function landscape(core: Core) {
    const create = (title: string, startYear: number, endYear: number, sectorId = defensieId) => call(core, 'agenda.create', { sectorId, startYear, endYear, title });
    const { id: runId } = await runAgenda(core); // Defensie 2025-2026, evaluated.
    const current = await create('Defensie 2027-2028', 2027, 2028);
    const overlapping = await create('Defensie 2026-2027', 2026, 2027);
    const later = await create('Defensie 2029-2030', 2029, 2030);
    const gemeenten = await create('Gemeenten 2023-2024', 2023, 2024, gemeentenId);
    const binned = await create('Defensie 2021-2022 (weg)', 2021, 2022);
    await call(core, 'agenda.delete', { id: binned.id });
    const taken = await create('Defensie 2019-2020', 2019, 2020);
    const takenBy = await call(core, 'agenda.startNext', { id: taken.id });
    return { runId, current, overlapping, later, gemeenten, binned, taken, takenBy };
  }

  it('links, offers only what may be linked, and unlinks; an audit line each time; a vastgestelde agenda stays vastgesteld', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const { runId, current, takenBy } = await landscape(core);
    await call(core, 'signatory.create', { agendaId: current.id, name: 'J. de Vries', required: true });
    await call(core, 'revision.freeze', { agendaId: current.id, by: 'Auteur' });
    await call(core, 'signature.sign', { agendaId: current.id, revisionNumber: 1, signatoryId: (await call(core, 'agenda.get', { id: current.id })).signatories[0]!.id, passphrase: 'geheime zin voor de test', repeatPassphrase: 'geheime zin voor de test' });
    const before = await call(core, 'agenda.get', { id: current.id });
    expect(before.status).toBe('vastgesteld');

    const info = await call(core, 'cycle.lookback', { agendaId: current.id });
    expect(info).toMatchObject({ predecessor: null, predecessorMissing: false, results: null, draft: null });
    // Same sector, ended before 2027, not in the bin, no other successor; latest first.
    expect(info.candidates.map((candidate) => candidate.title)).toEqual(['Werkagenda Defensie 2025-2026', 'Defensie 2021-2022']);
    expect(info.candidates[1]!.id).toBe(takenBy.id);

    const linked = await call(core, 'agenda.linkPredecessor', { id: current.id, predecessorId: runId });
    expect(linked).toMatchObject({ predecessorId: runId, status: 'vastgesteld', updatedAt: before.updatedAt, lookback: '' });
    const withPredecessor = await call(core, 'cycle.lookback', { agendaId: current.id });
    expect(withPredecessor.predecessor).toEqual({ id: runId, title: 'Werkagenda Defensie 2025-2026', startYear: 2025, endYear: 2026, deleted: false });
    expect(withPredecessor.results?.actions.map((action) => [action.title, action.resultLabel, action.lesson])).toEqual([
      ['Meet and greets', 'Werkte deels', 'Koppel aan vacatures'], ['Jobcoaches', 'Niet geëvalueerd', ''],
      ['Werkplekaanpassingen', 'Niet geëvalueerd', ''], ['Banenmarkt', 'Werkte niet', ''],
    ]);
    expect(withPredecessor.draft).toMatch(/^Concept, opgesteld uit de evaluatie van “Werkagenda Defensie 2025-2026”/);
    // The predecessor itself now shows its successor on its Evaluatie screen.
    expect((await call(core, 'evaluation.get', { agendaId: runId })).successor?.id).toBe(current.id);
    // Start volgende from the predecessor is now refused: it has a successor.
    expect((await refused(core, 'agenda.startNext', { id: runId })).code).toBe('CONFLICT');

    const unlinked = await call(core, 'agenda.linkPredecessor', { id: current.id, predecessorId: null });
    expect(unlinked).toMatchObject({ predecessorId: null, status: 'vastgesteld' });
    const events = (await call(core, 'audit.list', { agendaId: current.id })).events.map((event) => event.summary);
    expect(events).toEqual(expect.arrayContaining([
      'Vorige werkagenda gekoppeld: “Werkagenda Defensie 2025-2026” (2025-2026).',
      'Koppeling met de vorige werkagenda “Werkagenda Defensie 2025-2026” (2025-2026) verwijderd.',
    ]));
    await core.close();
  });

  it('refuses another sector, a period that is not earlier, a loop, an agenda in the bin and one with another successor, changing nothing', async () => {
    const file = join(tempDir(), 'data.sqlite');
    const core = await startCore(file);
    const { current, overlapping, later, gemeenten, binned, taken, runId } = await landscape(core);
    // A loop: X is the predecessor of Y; then X's period is moved after Y's, and Y is offered as X's predecessor.
    const x = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2013, endYear: 2014, title: 'X' });
    const y = await call(core, 'agenda.startNext', { id: x.id });
    await call(core, 'agenda.update', { id: x.id, patch: { startYear: 2017, endYear: 2018 } });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const binnedCurrent = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2031, endYear: 2032, title: 'In de prullenbak' });
    await call(core, 'agenda.delete', { id: binnedCurrent.id });
    await core.close();
    const before = dump(file);

    const reopened = await startCore(file);
    const cases: [input: unknown, code: string, message: RegExp][] = [
      [{ id: current.id, predecessorId: gemeenten.id }, 'VALIDATION', /^“Gemeenten 2023-2024” \(2023-2024\) is van een andere sector\. Koppel een werkagenda van dezelfde sector\.$/],
      [{ id: current.id, predecessorId: overlapping.id }, 'VALIDATION', /loopt niet af vóór 2027, het beginjaar van deze werkagenda/],
      [{ id: current.id, predecessorId: later.id }, 'VALIDATION', /Kies een werkagenda van een eerdere periode/],
      [{ id: current.id, predecessorId: current.id }, 'VALIDATION', /niet haar eigen vorige werkagenda/],
      [{ id: x.id, predecessorId: y.id }, 'VALIDATION', /bouwt zelf .* voort op deze werkagenda; koppelen zou een kring maken/],
      [{ id: current.id, predecessorId: binned.id }, 'VALIDATION', /staat bij de verwijderde werkagenda’s\. Zet die eerst terug/],
      [{ id: current.id, predecessorId: taken.id }, 'CONFLICT', /^“Defensie 2019-2020” \(2019-2020\) heeft al een volgende werkagenda: “Defensie 2021-2022”\. Een werkagenda heeft hoogstens één volgende\.$/],
      [{ id: binnedCurrent.id, predecessorId: runId }, 'NOT_FOUND', /werkagenda bestaat niet/],
      [{ id: current.id, predecessorId: unknown }, 'NOT_FOUND', /gekozen vorige werkagenda bestaat niet/],
      [{ id: current.id, predecessorId: 'geen-id' }, 'VALIDATION', /Ongeldige verwijzing/],
    ];
    for (const [input, code, message] of cases) {
      const error = await refused(reopened, 'agenda.linkPredecessor', input);
      expect(error.message, JSON.stringify(input)).toMatch(message);
      expect(error.code, JSON.stringify(input)).toBe(code);
    }
    // The draft button's channel: refused without a predecessor, and over text the user wrote.
    expect((await refused(reopened, 'agenda.draftLookback', { id: current.id })).message).toBe('Koppel eerst de vorige werkagenda.');
    expect((await refused(reopened, 'agenda.draftLookback', { id: y.id })).message).toMatch(/^De terugblik bevat al tekst\./);
    await reopened.close();
    expect(dump(file)).toEqual(before);
  });

  it('fills an empty Terugblik with the draft, and never over text', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    const { id } = await runAgenda(core);
    const current = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2027, endYear: 2028, title: 'Defensie 2027-2028' });
    await call(core, 'agenda.linkPredecessor', { id: current.id, predecessorId: id });
    const filled = await call(core, 'agenda.draftLookback', { id: current.id });
    expect(filled.lookback).toBe((await call(core, 'cycle.lookback', { agendaId: current.id })).draft);
    expect(filled.lookback).toContain('Les: Koppel aan vacatures.');
    await call(core, 'agenda.update', { id: current.id, patch: { lookback: 'Eigen tekst' } });
    expect((await refused(core, 'agenda.draftLookback', { id: current.id })).code).toBe('CONFLICT');
    expect((await call(core, 'agenda.get', { id: current.id })).lookback).toBe('Eigen tekst');
    await core.close();
  });
});
