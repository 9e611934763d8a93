import type { SuccessFactorCode } from '../domain/cycle';
import type { OverlegAgenda } from '../domain/overleg';
import type { CatalogueItem } from '../domain/reference';

export interface HelpedCount {
  code: string;
  title: string;
  /** Evaluated actions that name this factor. */
  actionCount: number;
  /** The sectors of those actions, in the order of the agendas. */
  sectors: string[];
}

/**
 * "Wat hielp?" across the sectors: how often each success factor of seed 003 §5.1 is named in the evaluations, and by
 * which sectors, most named first, factors nobody named left out. Counts, not a ranking of sectors.
 */
export function helpedCounts(agendas: readonly Pick<OverlegAgenda, 'sectorName' | 'actions'>[], catalogue: readonly CatalogueItem[]): HelpedCount[] {
  return catalogue.filter((item) => item.kind === 'succesfactor')
    .map((item, index) => {
      const naming = agendas.map((agenda) => ({ sector: agenda.sectorName, count: agenda.actions.filter((action) => action.evaluation.helped.includes(item.code as SuccessFactorCode)).length }))
        .filter((entry) => entry.count > 0);
      return { entry: { code: item.code, title: item.title, actionCount: naming.reduce((sum, entry) => sum + entry.count, 0), sectors: [...new Set(naming.map((entry) => entry.sector))] }, index };
    })
    .filter(({ entry }) => entry.actionCount > 0)
    .sort((a, b) => b.entry.actionCount - a.entry.actionCount || a.index - b.index)
    .map(({ entry }) => entry);
}
