import type { AgendaDetail } from './domain/agenda';
import type { ActionType } from './domain/reference';

/** Only the type fields of the actions matter here, so summaries can be scored without loading whole agendas. */
type ActionTypesOf = { actions: readonly Pick<AgendaDetail['actions'][number], 'primaryTypeId' | 'extraTypeIds'>[] };

/** The distinct action types an agenda uses (primary and further types), in ascending order. */
export function usedTypeIds(agenda: ActionTypesOf): number[] {
  const used = new Set<number>();
  for (const action of agenda.actions) {
    used.add(action.primaryTypeId);
    for (const id of action.extraTypeIds) used.add(id);
  }
  return [...used].sort((a, b) => a - b);
}

/** Seed 003 chapter 4: an agenda's score is the number of distinct types it contains (0-12). */
export function agendaScore(agenda: ActionTypesOf, actionTypes: readonly Pick<ActionType, 'id'>[]): number {
  const known = new Set(actionTypes.map((type) => type.id));
  return usedTypeIds(agenda).filter((id) => known.has(id)).length;
}

/** Significant types the agenda leaves out: the Bestuursakkoord asks a reason for each. */
export function unusedSignificantTypes<T extends Pick<ActionType, 'id' | 'origin'>>(agenda: ActionTypesOf, actionTypes: readonly T[]): T[] {
  const used = new Set(usedTypeIds(agenda));
  return actionTypes.filter((type) => type.origin === 'significant' && !used.has(type.id));
}

/** How many actions have each type (primary or further), for the appendix and the comparison matrix. */
export function actionsPerType(agenda: ActionTypesOf): Map<number, number> {
  const counts = new Map<number, number>();
  for (const action of agenda.actions) {
    for (const id of new Set([action.primaryTypeId, ...action.extraTypeIds])) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
