import type { Action, AgendaDetail, Knelpunt } from './domain/agenda';
import type { PlanChange, PlanDelta } from './domain/planChange';

const upsert = <T extends { id: string }>(list: T[], item: T): T[] => {
  const index = list.findIndex((other) => other.id === item.id);
  if (index === -1) return [...list, item];
  const next = list.slice();
  next[index] = item;
  return next;
};

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * A knelpunt's answering actions are the other side of Action.knelpuntIds, in the actions'
 * order, as the core reads them; knelpunten whose links did not change keep their identity.
 */
function relink(knelpunten: Knelpunt[], actions: Action[]): Knelpunt[] {
  let changed = false;
  const next = knelpunten.map((knelpunt) => {
    const answeredByActionIds = actions.filter((action) => action.knelpuntIds.includes(knelpunt.id)).map((action) => action.id);
    if (sameIds(answeredByActionIds, knelpunt.answeredByActionIds)) return knelpunt;
    changed = true;
    return { ...knelpunt, answeredByActionIds };
  });
  return changed ? next : knelpunten;
}

function withActions(agenda: AgendaDetail, actions: Action[]): AgendaDetail {
  return { ...agenda, actions, knelpunten: relink(agenda.knelpunten, actions) };
}

function mapActionOf(agenda: AgendaDetail, matches: (action: Action) => boolean, change: (action: Action) => Action): AgendaDetail {
  return { ...agenda, actions: agenda.actions.map((action) => (matches(action) ? change(action) : action)) };
}

function applyDelete(agenda: AgendaDetail, change: Extract<PlanChange, { kind: 'deleted' }>): AgendaDetail {
  const { id } = change;
  switch (change.entity) {
    case 'knelpunt':
      return {
        ...mapActionOf(agenda, (action) => action.knelpuntIds.includes(id), (action) => ({ ...action, knelpuntIds: action.knelpuntIds.filter((other) => other !== id) })),
        knelpunten: agenda.knelpunten.filter((knelpunt) => knelpunt.id !== id),
      };
    case 'action':
      // Its milestones, targets and knelpunt links go with it, as ON DELETE CASCADE does in the core.
      return { ...withActions(agenda, agenda.actions.filter((action) => action.id !== id)), targets: agenda.targets.filter((target) => target.actionId !== id) };
    case 'milestone':
      return mapActionOf(agenda, (action) => action.milestones.some((milestone) => milestone.id === id),
        (action) => ({ ...action, milestones: action.milestones.filter((milestone) => milestone.id !== id) }));
    case 'target':
      return { ...agenda, targets: agenda.targets.filter((target) => target.id !== id) };
    case 'signatory':
      return { ...agenda, signatories: agenda.signatories.filter((signatory) => signatory.id !== id) };
  }
}

function applyChange(agenda: AgendaDetail, change: PlanChange): AgendaDetail {
  switch (change.kind) {
    case 'agenda':
      return { ...agenda, ...change.fields };
    case 'knelpunt':
      return { ...agenda, knelpunten: upsert(agenda.knelpunten, change.knelpunt) };
    case 'action': {
      const merged = withActions(agenda, upsert(agenda.actions, change.action));
      return 'targets' in change ? { ...merged, targets: change.targets.reduce(upsert, merged.targets) } : merged;
    }
    case 'milestone': {
      const { milestone } = change;
      return mapActionOf(agenda, (action) => action.id === milestone.actionId, (action) => ({ ...action, milestones: upsert(action.milestones, milestone) }));
    }
    case 'target':
      return { ...agenda, targets: upsert(agenda.targets, change.target) };
    case 'jobGoal': {
      const others = agenda.jobGoals.filter((goal) => goal.year !== change.year);
      const jobGoals = change.jobs === null ? others : [...others, { year: change.year, jobs: change.jobs }].sort((a, b) => a.year - b.year);
      return { ...agenda, jobGoals };
    }
    case 'unusedType': {
      const others = agenda.unusedTypeReasons.filter((reason) => reason.typeId !== change.reason.typeId);
      return { ...agenda, unusedTypeReasons: [...others, change.reason].sort((a, b) => a.typeId - b.typeId) };
    }
    case 'signatory':
      return { ...agenda, signatories: upsert(agenda.signatories, change.signatory) };
    case 'deleted':
      return applyDelete(agenda, change);
  }
}

/**
 * The agenda after one edit, from the edit's answer: the same as reading it again, while
 * every item the edit did not touch keeps its identity (so memoised cards stay as they are).
 */
export function mergePlanDelta(agenda: AgendaDetail, delta: PlanDelta): AgendaDetail {
  if (delta.agenda.id !== agenda.id) throw new Error(`Wijziging van werkagenda ${delta.agenda.id} hoort niet bij ${agenda.id}.`);
  return { ...applyChange(agenda, delta.change), status: delta.agenda.status, updatedAt: delta.agenda.updatedAt };
}
