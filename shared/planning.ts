import { formatMonth } from './format';

type Months = { startMonth: string | null; endMonth: string | null };
export type Period = { startYear: number; endYear: number };

/** The months of an action that runs the whole period ("doorlopend", as real agendas say). */
export const ongoingMonths = ({ startYear, endYear }: Period) => ({ startMonth: `${startYear}-01`, endMonth: `${endYear}-12` });

/** An action planned from the period's first month to its last runs all the time: "doorlopend". */
export function isOngoing(action: Months, period: Period): boolean {
  const whole = ongoingMonths(period);
  return action.startMonth === whole.startMonth && action.endMonth === whole.endMonth;
}

/** "maart 2025 – juni 2026", "doorlopend (januari 2025 – december 2026)", "vanaf maart 2025"; '' when not planned. */
export function planningText(action: Months, period: Period): string {
  const { startMonth: start, endMonth: end } = action;
  if (start && end) {
    const span = start === end ? formatMonth(start) : `${formatMonth(start)} – ${formatMonth(end)}`;
    return isOngoing(action, period) ? `doorlopend (${span})` : span;
  }
  if (start) return `vanaf ${formatMonth(start)}`;
  if (end) return `tot en met ${formatMonth(end)}`;
  return '';
}
