import { addresseeNeedsAction } from '../domain/agenda';
import type { OverlegAgenda } from '../domain/overleg';
import type { CatalogueItem } from '../domain/reference';
import { sharedKnelpunten, type KnelpuntGroup } from './knelpunten';

type SignalAgenda = Parameters<typeof sharedKnelpunten>[0][number] & Pick<OverlegAgenda, 'knelpunten'>;

/**
 * "Signalen voor SZW en BZK" (seed 003 §6.1 recommendation 1; purpose 4c of the werkagenda: SZW improves the law
 * from these signals): the knelpunten no sector can solve itself, of all sectors, grouped by theme as the shared
 * knelpunten are, with each sector's request beside them.
 */
export function signalsForMinistries(agendas: readonly SignalAgenda[], catalogue: readonly CatalogueItem[]): KnelpuntGroup[] {
  const signals = agendas.map((agenda) => ({ ...agenda, knelpunten: agenda.knelpunten.filter((knelpunt) => !addresseeNeedsAction(knelpunt.addressee)) }));
  return sharedKnelpunten(signals, catalogue);
}
