import { actionStatuses, type ActionStatus, type AttentionItem, type ProgressOverview } from './domain/monitoring';
import { countWords, dutchList, formatDate } from './format';
import type { TargetStatus } from './targetStatus';

/**
 * The progress overview at the top of the Voortgang screen: actions by status,
 * targets by status, and what asks for attention.
 *
 * Follow-up rule (shown to users in the same words as `followUpRule`):
 * - a target that is "achter" asks for attention until its action has a
 *   progress note dated on or after the target's latest measurement;
 * - for a goal of the agenda as a whole (no action) a note on any action of
 *   the agenda counts;
 * - a "gestopt" action asks for attention until it has a progress note dated
 *   on or after the day it was stopped (when that day is unknown, any note counts).
 * Dates are compared as calendar days, so a note on the day of the measurement counts.
 */
export const followUpRule =
  'Een doel dat achterloopt, vraagt aandacht tot er bij de actie een voortgangsnotitie staat van na de laatste meting (of van dezelfde dag). Voor een doel van de werkagenda als geheel telt een notitie bij elke actie. Een gestopte actie vraagt aandacht tot er een voortgangsnotitie staat van na de dag dat de actie werd gestopt (of van die dag).';

export interface ActionForOverview {
  id: string;
  title: string;
  status: ActionStatus;
  /** The day the status was last changed, "YYYY-MM-DD". */
  statusDate: string | null;
  notes: readonly { date: string }[];
}

export interface TargetForOverview {
  id: string;
  actionId: string | null;
  indicator: string;
  status: TargetStatus;
  measurements: readonly { date: string }[];
}

/** The latest of some ISO dates, or null when there are none. */
export function latestDate(items: readonly { date: string }[]): string | null {
  return items.reduce<string | null>((latest, item) => (latest === null || item.date > latest ? item.date : latest), null);
}

/** Is there a note dated on or after `since`? Without a `since` any note counts. */
export function hasFollowUp(notes: readonly { date: string }[], since: string | null): boolean {
  return notes.some((note) => since === null || note.date.slice(0, 10) >= since.slice(0, 10));
}

/**
 * The words beside "Vraagt aandacht", so they agree with the counts on the same screen:
 * a target that is behind but already followed up is not "niets", it is said to be followed up.
 */
export function attentionSummary(overview: ProgressOverview): string {
  const behind = overview.targetsByStatus.achter;
  const stopped = overview.actionsByStatus.gestopt;
  const openTargets = overview.attention.filter((item) => item.kind === 'target').length;
  const openActions = overview.attention.filter((item) => item.kind === 'action').length;
  const followed = [
    behind - openTargets > 0 ? `${countWords(behind - openTargets, 'doel dat achterloopt heeft', 'doelen die achterlopen hebben')} al een voortgangsnotitie na de laatste meting` : null,
    stopped - openActions > 0 ? `${countWords(stopped - openActions, 'gestopte actie heeft', 'gestopte acties hebben')} al een notitie over het vervolg` : null,
  ].filter((part): part is string => part !== null);
  if (overview.attention.length === 0) {
    return followed.length === 0 ? 'Niets: geen doel loopt achter en geen actie is gestopt.' : `Niets dat nog opvolging vraagt: ${dutchList(followed)}.`;
  }
  const open = `${countWords(overview.attention.length, 'punt vraagt', 'punten vragen')} om opvolging`;
  return followed.length === 0 ? `${open}.` : `${open}; ${dutchList(followed)}.`;
}

export function progressOverview(actions: readonly ActionForOverview[], targets: readonly TargetForOverview[]): ProgressOverview {
  const actionsByStatus = Object.fromEntries(actionStatuses.map((status) => [status, 0])) as ProgressOverview['actionsByStatus'];
  for (const action of actions) actionsByStatus[action.status] += 1;
  const targetsByStatus: ProgressOverview['targetsByStatus'] = { behaald: 0, op_koers: 0, achter: 0, geen_gegevens: 0 };
  for (const target of targets) targetsByStatus[target.status] += 1;

  const allNotes = actions.flatMap((action) => action.notes);
  const byId = new Map(actions.map((action) => [action.id, action]));
  const targetItem = (target: TargetForOverview): AttentionItem | null => {
    if (target.status !== 'achter') return null;
    const since = latestDate(target.measurements);
    const action = target.actionId ? byId.get(target.actionId) : undefined;
    if (hasFollowUp(action ? action.notes : allNotes, since)) return null;
    return {
      kind: 'target', id: target.id, title: target.indicator, actionId: action?.id ?? null, actionTitle: action?.title ?? null, since,
      reason: since ? `Loopt achter. Geen voortgangsnotitie op of na de laatste meting van ${formatDate(since)}.` : 'Loopt achter. Nog geen voortgangsnotitie.',
    };
  };
  const actionItem = (action: ActionForOverview): AttentionItem | null => {
    if (action.status !== 'gestopt' || hasFollowUp(action.notes, action.statusDate)) return null;
    return {
      kind: 'action', id: action.id, title: action.title, actionId: action.id, actionTitle: action.title, since: action.statusDate,
      reason: action.statusDate ? `Gestopt op ${formatDate(action.statusDate)}. Nog geen voortgangsnotitie over het vervolg.` : 'Gestopt. Nog geen voortgangsnotitie over het vervolg.',
    };
  };

  // Goals of the agenda as a whole first, then each action followed by its own targets.
  const attention = [
    ...targets.filter((target) => target.actionId === null || !byId.has(target.actionId)).map(targetItem),
    ...actions.flatMap((action) => [actionItem(action), ...targets.filter((target) => target.actionId === action.id).map(targetItem)]),
  ].filter((item): item is AttentionItem => item !== null);

  return { actionsByStatus, targetsByStatus, attention };
}
