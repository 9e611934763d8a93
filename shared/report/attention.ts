import type { AttentionPoint } from '../domain/report';
import { formatDate, formatMonth } from '../format';
import { hasFollowUp } from '../progress';
import type { TargetVerdict } from '../targetStatus';

/**
 * "De drie punten die de meeste aandacht vragen": one ranking, said to the reader in `attentionRule`.
 * Targets that lag behind come first, furthest behind first; then actions that are late, longest
 * overdue first; then stopped actions without a note about what follows.
 */
export const attentionRule =
  'Hier staan de drie punten die de meeste aandacht vragen. Eerst de doelen die achterlopen, het verst achter eerst: hoeveel de laatste meting achterblijft bij de verwachte waarde, als deel van de weg van beginwaarde naar streefwaarde. Dan de acties die te laat zijn, de langst verlopen eerst. Dan de gestopte acties zonder voortgangsnotitie over het vervolg.';

export const attentionLimit = 3;

export interface TargetForAttention {
  indicator: string;
  actionTitle: string | null;
  baseline: number | null;
  targetValue: number | null;
  perYear: boolean;
  verdict: TargetVerdict;
}

export interface ActionForAttention {
  title: string;
  status: string;
  statusDate: string | null;
  endMonth: string | null;
  late: boolean;
  statusLabel: string;
  /** Notes up to the peildatum. */
  notes: readonly { date: string }[];
}

/** How far a lagging target is behind: the missing part of the expected value as a share of the whole way; 1 when the way has no length. */
export function behindness(target: TargetForAttention): number {
  const { verdict, targetValue } = target;
  if (verdict.latest === null || targetValue === null) return 0;
  const start = target.perYear ? 0 : (target.baseline ?? 0);
  const span = targetValue - start;
  if (span === 0) return 1;
  return ((verdict.expected ?? targetValue) - verdict.latest.value) / span;
}

const named = (indicator: string, actionTitle: string | null) => (actionTitle ? `${indicator} (${actionTitle})` : indicator);

export function attentionPoints(targets: readonly TargetForAttention[], actions: readonly ActionForAttention[]): AttentionPoint[] {
  const behind = targets.filter((target) => target.verdict.status === 'achter')
    .map((target) => ({ target, by: behindness(target) }))
    .sort((a, b) => b.by - a.by)
    .map(({ target }): AttentionPoint => ({ kind: 'doel_achter', title: named(target.indicator, target.actionTitle), reason: `Loopt achter. ${target.verdict.reason}` }));
  const late = actions.filter((action) => action.late)
    .sort((a, b) => (a.endMonth ?? '').localeCompare(b.endMonth ?? ''))
    .map((action): AttentionPoint => ({
      kind: 'actie_te_laat', title: action.title,
      reason: `Te laat: gepland tot en met ${formatMonth(action.endMonth!)}, de status is ${action.statusLabel.toLowerCase()}.`,
    }));
  const stopped = actions.filter((action) => action.status === 'gestopt' && !hasFollowUp(action.notes, action.statusDate))
    .map((action): AttentionPoint => ({
      kind: 'actie_gestopt', title: action.title,
      reason: action.statusDate ? `Gestopt op ${formatDate(action.statusDate)}, zonder voortgangsnotitie over het vervolg.` : 'Gestopt, zonder voortgangsnotitie over het vervolg.',
    }));
  return [...behind, ...late, ...stopped].slice(0, attentionLimit);
}
