import type { ActionStatus } from '../domain/monitoring';
import { formatMonth } from '../format';

/**
 * Where an action stands on the peildatum. An action is "te laat" when its end month has passed on the
 * peildatum and it is still gepland or lopend: afgerond is done, and gestopt is counted apart, because a
 * stopped action will not be finished late but not at all.
 */
export const actionCountRule =
  'Elke actie telt één keer. Te laat: de eindmaand is voorbij op de peildatum en de actie is nog niet afgerond. Niet gestart: de status is gepland. Gestopte acties tellen apart. De status is zoals die nu is vastgelegd.';

export type ActionCategory = 'afgerond' | 'lopend' | 'te_laat' | 'niet_gestart' | 'gestopt';

export const actionCategoryLabels: Record<ActionCategory, string> = {
  afgerond: 'Afgerond',
  lopend: 'Lopend',
  te_laat: 'Te laat',
  niet_gestart: 'Niet gestart',
  gestopt: 'Gestopt',
};

export interface PlannedAction {
  status: ActionStatus;
  startMonth: string | null;
  endMonth: string | null;
}

/** The end month lies wholly before the peildatum ("2025-11" on 1 December 2025), and the action is not finished or stopped. */
export function isLate(action: PlannedAction, peildatum: string): boolean {
  if (action.endMonth === null || action.status === 'afgerond' || action.status === 'gestopt') return false;
  return action.endMonth < peildatum.slice(0, 7);
}

export function actionCategory(action: PlannedAction, peildatum: string): ActionCategory {
  if (action.status === 'afgerond' || action.status === 'gestopt') return action.status;
  if (isLate(action, peildatum)) return 'te_laat';
  return action.status === 'lopend' ? 'lopend' : 'niet_gestart';
}

/** The planning against the peildatum in one sentence. */
export function planningWords(action: PlannedAction, peildatum: string): string {
  const { startMonth, endMonth } = action;
  if (startMonth === null && endMonth === null) return 'Geen planning ingevuld.';
  const span = startMonth && endMonth ? `Gepland van ${formatMonth(startMonth)} tot en met ${formatMonth(endMonth)}`
    : startMonth ? `Gepland vanaf ${formatMonth(startMonth)}, zonder eindmaand` : `Gepland tot en met ${formatMonth(endMonth!)}`;
  const month = peildatum.slice(0, 7);
  if (isLate(action, peildatum)) return `${span}. Te laat: de eindmaand is voorbij op de peildatum en de actie is niet afgerond.`;
  if (action.status === 'afgerond') return `${span}. De actie is afgerond.`;
  if (action.status === 'gestopt') return `${span}. De actie is gestopt.`;
  if (startMonth !== null && startMonth > month) return `${span}. De startmaand ligt na de peildatum.`;
  if (endMonth !== null) return `${span}. De eindmaand is op de peildatum nog niet voorbij.`;
  return `${span}.`;
}
