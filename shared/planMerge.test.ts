import { describe, expect, it } from 'vitest';
import type { Action, AgendaDetail, Knelpunt, Target } from './domain/agenda';
import type { PlanChange } from './domain/planChange';
import { mergePlanDelta } from './planMerge';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const agendaId = id(1);

const knelpunt = (n: number, answeredByActionIds: string[] = []): Knelpunt => ({
  id: id(200 + n), agendaId, title: `Knelpunt ${n}`, description: '', cause: '', catalogueId: null, addressee: 'sector', request: '', answeredByActionIds,
});
const action = (n: number, overrides: Partial<Action> = {}): Action => ({
  id: id(100 + n), agendaId, title: `Actie ${n}`, description: '', primaryTypeId: 5, extraTypeIds: [], actor: 'sector', nature: 'nieuw',
  owner: '', startMonth: null, endMonth: null, jobsPrognosis: null, knelpuntIds: [], milestones: [], ...overrides,
});
const target = (n: number, actionId: string | null): Target => ({
  id: id(300 + n), agendaId, actionId, level: 'middenweg', indicator: `Doel ${n}`, unit: 'keer', baseline: null, targetValue: null, deadline: null, perYear: false,
});

function agenda(): AgendaDetail {
  return {
    id: agendaId, sectorId: id(2), sectorName: 'Defensie', startYear: 2025, endYear: 2026, title: 'Werkagenda', status: 'concept',
    predecessorId: null, importedFrom: null, introduction: '', lookback: '', objectives: '', accountability: '', employerCount: null,
    createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
    knelpunten: [knelpunt(1, [id(101)]), knelpunt(2)],
    actions: [
      action(1, { knelpuntIds: [id(201)], milestones: [{ id: id(401), actionId: id(101), title: 'Start', month: null, done: false }] }),
      action(2), action(3),
    ],
    targets: [target(1, id(101)), target(2, null)],
    jobGoals: [{ year: 2026, jobs: 10 }],
    unusedTypeReasons: [{ typeId: 4, reason: 'Nee' }],
    signatories: [{ id: id(501), agendaId, name: 'J. de Vries', function: '', organisation: '', required: true }],
  };
}

const later = '2025-02-01T00:00:00.000Z';
const merge = (before: AgendaDetail, change: PlanChange, status: AgendaDetail['status'] = 'concept') =>
  mergePlanDelta(before, { agenda: { id: agendaId, status, updatedAt: later }, change });

describe('merging the answer of an edit', () => {
  it('replaces the changed action and leaves every other item as it was, the same object', () => {
    const before = agenda();
    const after = merge(before, { kind: 'action', action: { ...before.actions[1]!, title: 'Nieuw' } }, 'vastgesteld');
    expect(after.actions.map((item) => item.title)).toEqual(['Actie 1', 'Nieuw', 'Actie 3']);
    expect(after.actions[0]).toBe(before.actions[0]);
    expect(after.actions[2]).toBe(before.actions[2]);
    expect(after.knelpunten).toBe(before.knelpunten);
    expect(after.targets).toBe(before.targets);
    expect(after).toMatchObject({ status: 'vastgesteld', updatedAt: later });
  });

  it('appends a new action and links the knelpunten it answers, in the order of the actions', () => {
    const after = merge(agenda(), { kind: 'action', action: action(4, { knelpuntIds: [id(201), id(202)] }) });
    expect(after.actions.map((item) => item.id)).toEqual([id(101), id(102), id(103), id(104)]);
    expect(after.knelpunten.map((item) => item.answeredByActionIds)).toEqual([[id(101), id(104)], [id(104)]]);
  });

  it('adds the targets a new action brings along', () => {
    const after = merge(agenda(), { kind: 'action', action: action(4), targets: [target(3, id(104)), target(4, id(104))] });
    expect(after.targets.map((item) => item.id)).toEqual([id(301), id(302), id(303), id(304)]);
    expect(after.actions.at(-1)!.id).toBe(id(104));
  });

  it('unlinks a knelpunt when an action stops answering it', () => {
    const before = agenda();
    const after = merge(before, { kind: 'action', action: { ...before.actions[0]!, knelpuntIds: [] } });
    expect(after.knelpunten[0]!.answeredByActionIds).toEqual([]);
    expect(after.knelpunten[1]).toBe(before.knelpunten[1]);
  });

  it('removes a deleted action with its targets and its knelpunt links', () => {
    const after = merge(agenda(), { kind: 'deleted', entity: 'action', id: id(101) });
    expect(after.actions.map((item) => item.id)).toEqual([id(102), id(103)]);
    expect(after.targets.map((item) => item.id)).toEqual([id(302)]);
    expect(after.knelpunten[0]!.answeredByActionIds).toEqual([]);
  });

  it('removes a deleted knelpunt from the actions that answered it', () => {
    const before = agenda();
    const after = merge(before, { kind: 'deleted', entity: 'knelpunt', id: id(201) });
    expect(after.knelpunten.map((item) => item.id)).toEqual([id(202)]);
    expect(after.actions[0]!.knelpuntIds).toEqual([]);
    expect(after.actions[1]).toBe(before.actions[1]);
  });

  it('puts a milestone into its action, and takes a deleted one out', () => {
    const before = agenda();
    const added = merge(before, { kind: 'milestone', milestone: { id: id(402), actionId: id(102), title: 'Eind', month: '2026-06', done: false } });
    expect(added.actions[1]!.milestones.map((item) => item.title)).toEqual(['Eind']);
    expect(added.actions[0]).toBe(before.actions[0]);
    const removed = merge(added, { kind: 'deleted', entity: 'milestone', id: id(401) });
    expect(removed.actions[0]!.milestones).toEqual([]);
    expect(removed.actions[1]).toBe(added.actions[1]);
  });

  it('adds, changes and removes targets and signatories', () => {
    const before = agenda();
    expect(merge(before, { kind: 'target', target: target(3, id(102)) }).targets.map((item) => item.id)).toEqual([id(301), id(302), id(303)]);
    expect(merge(before, { kind: 'target', target: { ...target(2, null), targetValue: 4 } }).targets[1]!.targetValue).toBe(4);
    expect(merge(before, { kind: 'deleted', entity: 'target', id: id(301) }).targets.map((item) => item.id)).toEqual([id(302)]);
    const signatory = { id: id(502), agendaId, name: 'K. Bakker', function: '', organisation: '', required: false };
    expect(merge(before, { kind: 'signatory', signatory }).signatories.map((item) => item.name)).toEqual(['J. de Vries', 'K. Bakker']);
    expect(merge(before, { kind: 'deleted', entity: 'signatory', id: id(501) }).signatories).toEqual([]);
  });

  it('keeps job goals and unused type reasons in the order of year and type, and removes a goal set to nothing', () => {
    const before = agenda();
    expect(merge(before, { kind: 'jobGoal', year: 2025, jobs: 5 }).jobGoals).toEqual([{ year: 2025, jobs: 5 }, { year: 2026, jobs: 10 }]);
    expect(merge(before, { kind: 'jobGoal', year: 2026, jobs: null }).jobGoals).toEqual([]);
    const reasons = merge(before, { kind: 'unusedType', reason: { typeId: 2, reason: 'Ook niet' } }).unusedTypeReasons;
    expect(reasons).toEqual([{ typeId: 2, reason: 'Ook niet' }, { typeId: 4, reason: 'Nee' }]);
    expect(merge(before, { kind: 'unusedType', reason: { typeId: 4, reason: 'Toch wel' } }).unusedTypeReasons).toEqual([{ typeId: 4, reason: 'Toch wel' }]);
  });

  it('takes the agenda’s own fields and refuses an answer about another agenda', () => {
    const before = agenda();
    const fields = { title: 'Nieuwe titel', startYear: 2025, endYear: 2027, introduction: 'Inleiding', lookback: '', objectives: '', accountability: '', employerCount: 21 };
    expect(merge(before, { kind: 'agenda', fields })).toMatchObject(fields);
    expect(() => mergePlanDelta(before, { agenda: { id: id(9), status: 'concept', updatedAt: later }, change: { kind: 'agenda', fields } })).toThrow();
  });
});
