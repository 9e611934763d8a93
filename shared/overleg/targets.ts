import type { OverlegAgenda } from '../domain/overleg';
import type { TargetStatus } from '../targetStatus';

/**
 * Check per sector (issue 10, item 3): how the measurable targets stand, with the
 * status targetVerdict gave each target in the core, not merely whether one
 * measurement exists. A target without a verdict (no measurement, or no target
 * value) is "nog niet gemeten".
 */

type TargetAgenda = Pick<OverlegAgenda, 'agendaId' | 'sectorId' | 'sectorName' | 'targets'>;

/** The order and the words of the overleg: what went well first. */
export const overlegTargetStatuses = ['behaald', 'op_koers', 'achter', 'geen_gegevens'] as const satisfies readonly TargetStatus[];

export const overlegTargetStatusLabels: Record<TargetStatus, string> = {
  behaald: 'behaald',
  op_koers: 'op koers',
  achter: 'loopt achter',
  geen_gegevens: 'nog niet gemeten',
};

export type TargetStatusCounts = Record<TargetStatus, number>;

export interface SectorTargets {
  agendaId: string;
  sectorId: string;
  sectorName: string;
  counts: TargetStatusCounts;
  total: number;
}

export function targetStatusCounts(targets: TargetAgenda['targets']): TargetStatusCounts {
  const counts: TargetStatusCounts = { behaald: 0, op_koers: 0, achter: 0, geen_gegevens: 0 };
  for (const target of targets) counts[target.status] += 1;
  return counts;
}

/** One row per agenda, in the order given ("Doelen per sector"). */
export function targetsPerSector(agendas: readonly TargetAgenda[]): SectorTargets[] {
  return agendas.map((agenda) => ({
    agendaId: agenda.agendaId, sectorId: agenda.sectorId, sectorName: agenda.sectorName,
    counts: targetStatusCounts(agenda.targets), total: agenda.targets.length,
  }));
}

/** "1 behaald, 1 op koers, 1 loopt achter": the judged statuses that occur, in overleg order. */
export function judgedWords(counts: TargetStatusCounts): string {
  return overlegTargetStatuses.filter((status) => status !== 'geen_gegevens' && counts[status] > 0)
    .map((status) => `${counts[status]} ${overlegTargetStatusLabels[status]}`).join(', ');
}
