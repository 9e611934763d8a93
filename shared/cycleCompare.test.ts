import { describe, expect, it } from 'vitest';
import { compareCycles } from './cycleCompare';
import type { Action, AgendaDetail, Knelpunt, Target } from './domain/agenda';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const types = Array.from({ length: 12 }, (_, index) => ({ id: index + 1 }));

const action = (n: number, agendaId: string, fields: Partial<Action> = {}): Action => ({
  id: uuid(n), agendaId, title: `Actie ${n}`, description: '', primaryTypeId: 1, extraTypeIds: [], actor: 'sector', nature: 'nieuw', owner: '',
  startMonth: null, endMonth: null, jobsPrognosis: null, knelpuntIds: [], milestones: [], ...fields,
});
const target = (n: number, agendaId: string, indicator: string, fields: Partial<Target> = {}): Target => ({
  id: uuid(n), agendaId, actionId: null, level: 'middenweg', indicator, unit: 'werkgevers', baseline: null, targetValue: null, deadline: null, perYear: false, ...fields,
});
const knelpunt = (n: number, agendaId: string, title: string, answeredByActionIds: string[] = []): Knelpunt => ({
  id: uuid(n), agendaId, title, description: '', cause: '', catalogueId: null, addressee: 'sector', request: '', answeredByActionIds,
});
const agenda = (id: string, fields: Partial<AgendaDetail>): AgendaDetail => ({
  id, sectorId: uuid(900), sectorName: 'Defensie', startYear: 2025, endYear: 2026, title: 'Werkagenda', introduction: '', lookback: '', objectives: '', accountability: '', employerCount: null,
  status: 'concept', predecessorId: null, importedFrom: null, createdAt: '', updatedAt: '', knelpunten: [], actions: [], targets: [], jobGoals: [], unusedTypeReasons: [], signatories: [], ...fields,
});

const before = uuid(1000);
const after = uuid(2000);
const predecessor = agenda(before, {
  actions: [
    action(1, before, { title: 'Meet and greets', primaryTypeId: 8, extraTypeIds: [2] }),
    action(2, before, { title: 'Jobcoaches', primaryTypeId: 3, owner: 'HR' }),
    action(3, before, { title: 'Banenmarkt', primaryTypeId: 6 }),
  ],
  targets: [target(11, before, 'Werkgevers benaderd', { targetValue: 20 }), target(12, before, 'Banenmarkten', { unit: 'markten' })],
  knelpunten: [knelpunt(21, before, 'Onbekendheid', [uuid(1)]), knelpunt(22, before, 'Geen budget')],
});
const current = agenda(after, {
  startYear: 2027, endYear: 2028, predecessorId: before,
  actions: [
    action(101, after, { title: 'Meet and greets', primaryTypeId: 8, extraTypeIds: [2], nature: 'voortgezet' }),
    action(102, after, { title: 'Jobcoaches inzetten', primaryTypeId: 3, owner: 'Programmaleider', nature: 'voortgezet' }),
    action(103, after, { title: 'Functies creëren', primaryTypeId: 4, extraTypeIds: [5] }),
  ],
  targets: [target(111, after, ' werkgevers  BENADERD', { targetValue: 30 }), target(112, after, 'Functies gecreëerd', { unit: 'functies' })],
  knelpunten: [knelpunt(121, after, 'Te weinig vacatures', [uuid(103)]), knelpunt(122, after, 'Schaarse jobcoaches')],
});

describe('compareCycles', () => {
  const comparison = compareCycles({
    current, predecessor,
    actionOrigins: [{ actionId: uuid(101), originActionId: uuid(1) }, { actionId: uuid(102), originActionId: uuid(2) }],
    knelpuntOrigins: [{ knelpuntId: uuid(121), originFoundId: uuid(500) }],
    predecessorOutcomes: [
      { actionId: uuid(1), status: 'lopend', result: 'deels' },
      { actionId: uuid(2), status: 'gepland', result: null },
      { actionId: uuid(3), status: 'gestopt', result: 'niet' },
    ],
  }, types);

  it('finds added, dropped, continued and changed actions through the origin links', () => {
    expect(comparison.actions.added.map((a) => a.title)).toEqual(['Functies creëren']);
    expect(comparison.actions.dropped).toEqual([{ action: predecessor.actions[2], status: 'gestopt', result: 'niet' }]);
    expect(comparison.actions.continued.map((pair) => [pair.before.title, pair.after.title, pair.changes])).toEqual([
      ['Meet and greets', 'Meet and greets', []],
      ['Jobcoaches', 'Jobcoaches inzetten', ['titel', 'trekker']],
    ]);
    expect(comparison.actions.changed.map((pair) => pair.after.title)).toEqual(['Jobcoaches inzetten']);
  });

  it('matches targets by indicator and unit, ignoring case and spaces', () => {
    expect(comparison.targets.kept.map((pair) => [pair.indicator, pair.before?.targetValue, pair.after?.targetValue])).toEqual([['Werkgevers benaderd', 20, 30]]);
    expect(comparison.targets.added.map((pair) => pair.indicator)).toEqual(['Functies gecreëerd']);
    expect(comparison.targets.dropped.map((pair) => pair.indicator)).toEqual(['Banenmarkten']);
  });

  it('compares the types used and the score (seed 003: distinct types out of 12)', () => {
    expect(comparison.types).toEqual({ before: [2, 3, 6, 8], after: [2, 3, 4, 5, 8], added: [4, 5], dropped: [6], scoreBefore: 4, scoreAfter: 5 });
  });

  it('tells which knelpunten are answered by an action and which came from the evaluation', () => {
    expect(comparison.knelpunten.before.map((state) => [state.knelpunt.title, state.answered, state.fromEvaluation])).toEqual([
      ['Onbekendheid', true, false], ['Geen budget', false, false],
    ]);
    expect(comparison.knelpunten.after.map((state) => [state.knelpunt.title, state.answered, state.fromEvaluation])).toEqual([
      ['Te weinig vacatures', true, true], ['Schaarse jobcoaches', false, false],
    ]);
  });

  it('treats an action whose origin is unknown as added, and every old action as dropped when nothing continues', () => {
    const none = compareCycles({ current, predecessor, actionOrigins: [{ actionId: uuid(101), originActionId: uuid(999) }], knelpuntOrigins: [], predecessorOutcomes: [] }, types);
    expect(none.actions.added).toHaveLength(3);
    expect(none.actions.dropped.map((entry) => [entry.action.title, entry.status, entry.result])).toEqual([
      ['Meet and greets', null, null], ['Jobcoaches', null, null], ['Banenmarkt', null, null],
    ]);
    expect(none.actions.continued).toEqual([]);
  });
});
