import type { Action, AgendaDetail, Knelpunt, Target } from './domain/agenda';
import type { CycleComparisonData, EvaluationResult } from './domain/cycle';
import type { ActionStatus } from './domain/monitoring';
import type { ActionType } from './domain/reference';
import { agendaScore, usedTypeIds } from './score';

/**
 * Two cycles of one sector side by side (workflow 5): which actions were added,
 * dropped, continued and changed; the targets; the action types and the score;
 * and which knelpunten are answered by an action. Pure: both shells and tests use it.
 */

/** The fields of a continued action that count as a change, with their Dutch names. */
const changeFields: [label: string, differs: (before: Action, after: Action) => boolean][] = [
  ['titel', (a, b) => a.title.trim() !== b.title.trim()],
  ['beschrijving', (a, b) => a.description.trim() !== b.description.trim()],
  ['actietypen', (a, b) => a.primaryTypeId !== b.primaryTypeId || [...a.extraTypeIds].sort().join() !== [...b.extraTypeIds].sort().join()],
  ['uitvoerder', (a, b) => a.actor !== b.actor],
  ['trekker', (a, b) => a.owner.trim() !== b.owner.trim()],
];

export interface ContinuedAction { before: Action; after: Action; changes: string[] }
export interface DroppedAction { action: Action; status: ActionStatus | null; result: EvaluationResult | null }
export interface TargetPair { key: string; indicator: string; unit: string; before: Target | null; after: Target | null }
export interface KnelpuntState { knelpunt: Knelpunt; answered: boolean; fromEvaluation: boolean }

export interface CycleComparison {
  actions: { added: Action[]; dropped: DroppedAction[]; continued: ContinuedAction[]; changed: ContinuedAction[] };
  /** Targets matched by indicator and unit (case and spaces ignored); kept ones have both sides. */
  targets: { kept: TargetPair[]; added: TargetPair[]; dropped: TargetPair[] };
  types: { before: number[]; after: number[]; added: number[]; dropped: number[]; scoreBefore: number; scoreAfter: number };
  knelpunten: { before: KnelpuntState[]; after: KnelpuntState[] };
}

const targetKey = (target: Pick<Target, 'indicator' | 'unit'>) => `${target.indicator.trim().toLowerCase().replace(/\s+/g, ' ')}|${target.unit.trim().toLowerCase()}`;

function compareTargets(before: Target[], after: Target[]): CycleComparison['targets'] {
  const pairs = new Map<string, TargetPair>();
  for (const [side, targets] of [['before', before], ['after', after]] as const) {
    for (const target of targets) {
      const key = targetKey(target);
      const pair = pairs.get(key) ?? { key, indicator: target.indicator, unit: target.unit, before: null, after: null };
      // Two targets with the same indicator on one side: the first one counts.
      if (pair[side] === null) pair[side] = target;
      pairs.set(key, pair);
    }
  }
  const all = [...pairs.values()];
  return {
    kept: all.filter((pair) => pair.before && pair.after),
    added: all.filter((pair) => !pair.before && pair.after),
    dropped: all.filter((pair) => pair.before && !pair.after),
  };
}

function knelpuntStates(agenda: AgendaDetail, fromEvaluation: Set<string>): KnelpuntState[] {
  return agenda.knelpunten.map((knelpunt) => ({ knelpunt, answered: knelpunt.answeredByActionIds.length > 0, fromEvaluation: fromEvaluation.has(knelpunt.id) }));
}

export function compareCycles(data: CycleComparisonData & { predecessor: AgendaDetail }, actionTypes: readonly Pick<ActionType, 'id'>[]): CycleComparison {
  const { current, predecessor } = data;
  const beforeById = new Map(predecessor.actions.map((action) => [action.id, action]));
  const originOf = new Map(data.actionOrigins.map((link) => [link.actionId, link.originActionId]));
  const outcomes = new Map(data.predecessorOutcomes.map((outcome) => [outcome.actionId, outcome]));

  const continued: ContinuedAction[] = [];
  const added: Action[] = [];
  const continuedOrigins = new Set<string>();
  for (const action of current.actions) {
    const origin = originOf.get(action.id);
    const before = origin ? beforeById.get(origin) : undefined;
    if (!before) {
      added.push(action);
      continue;
    }
    continuedOrigins.add(before.id);
    continued.push({ before, after: action, changes: changeFields.filter(([, differs]) => differs(before, action)).map(([label]) => label) });
  }
  const dropped = predecessor.actions.filter((action) => !continuedOrigins.has(action.id))
    .map((action) => ({ action, status: outcomes.get(action.id)?.status ?? null, result: outcomes.get(action.id)?.result ?? null }));

  const typesBefore = usedTypeIds(predecessor);
  const typesAfter = usedTypeIds(current);
  return {
    actions: { added, dropped, continued, changed: continued.filter((pair) => pair.changes.length > 0) },
    targets: compareTargets(predecessor.targets, current.targets),
    types: {
      before: typesBefore,
      after: typesAfter,
      added: typesAfter.filter((id) => !typesBefore.includes(id)),
      dropped: typesBefore.filter((id) => !typesAfter.includes(id)),
      scoreBefore: agendaScore(predecessor, actionTypes),
      scoreAfter: agendaScore(current, actionTypes),
    },
    knelpunten: {
      before: knelpuntStates(predecessor, new Set()),
      after: knelpuntStates(current, new Set(data.knelpuntOrigins.map((link) => link.knelpuntId))),
    },
  };
}
