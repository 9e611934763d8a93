import type { Addressee } from '../domain/agenda';
import type { OverlegAgenda } from '../domain/overleg';
import type { CatalogueItem } from '../domain/reference';

/**
 * Shared knelpunten (issue 6, item 5; seed 003 §6.1 recommendations 1 and 4):
 * the knelpunten of all agendas grouped by their catalogue category, with the
 * texts of each sector side by side and the actions that answer them, so the
 * representatives can discuss solutions.
 *
 * Sectors only share a knelpunt through its catalogue id: free texts cannot be
 * matched reliably. Knelpunten without a catalogue id, or with an id this
 * installation does not know, go to one group "Overig", always last, because
 * sharing it means nothing.
 */

type KnelpuntAgenda = Pick<OverlegAgenda, 'agendaId' | 'sectorId' | 'sectorName' | 'actions' | 'knelpunten'>;

export interface SectorKnelpunt {
  id: string;
  title: string;
  description: string;
  cause: string;
  addressee: Addressee;
  /** What the sector asks of BZK, SZW or another party. */
  request: string;
  /** The actions of the same agenda that answer it: the sector's solution. */
  answeredBy: { id: string; title: string }[];
}

export interface KnelpuntGroupSector {
  agendaId: string;
  sectorId: string;
  sectorName: string;
  knelpunten: SectorKnelpunt[];
}

export interface KnelpuntGroup {
  /** null: the group "Overig". */
  catalogueId: string | null;
  code: string | null;
  title: string;
  description: string;
  /** The agendas with a knelpunt in this group, in the order given. */
  sectors: KnelpuntGroupSector[];
  /** Distinct sectors (two agendas of one sector count once). */
  sectorCount: number;
  shared: boolean;
}

export const otherGroupTitle = 'Overig';

function sectorEntry(agenda: KnelpuntAgenda, knelpunten: KnelpuntAgenda['knelpunten']): KnelpuntGroupSector {
  const actions = new Map(agenda.actions.map((action) => [action.id, action]));
  return {
    agendaId: agenda.agendaId,
    sectorId: agenda.sectorId,
    sectorName: agenda.sectorName,
    knelpunten: knelpunten.map((knelpunt) => ({
      id: knelpunt.id,
      title: knelpunt.title,
      description: knelpunt.description,
      cause: knelpunt.cause,
      addressee: knelpunt.addressee,
      request: knelpunt.request,
      answeredBy: knelpunt.answeredByActionIds.flatMap((id) => {
        const action = actions.get(id);
        return action ? [{ id: action.id, title: action.title }] : [];
      }),
    })),
  };
}

type Knelpunt = KnelpuntAgenda['knelpunten'][number];

/** `item` null: the group "Overig". */
function group(item: CatalogueItem | null, agendas: readonly KnelpuntAgenda[], belongs: (knelpunt: Knelpunt) => boolean): KnelpuntGroup {
  const sectors = agendas
    .map((agenda) => sectorEntry(agenda, agenda.knelpunten.filter(belongs)))
    .filter((entry) => entry.knelpunten.length > 0);
  const sectorCount = new Set(sectors.map((entry) => entry.sectorId)).size;
  return {
    catalogueId: item?.id ?? null,
    code: item?.code ?? null,
    title: item?.title ?? otherGroupTitle,
    description: item?.description ?? 'Knelpunten zonder categorie uit de catalogus.',
    sectors,
    sectorCount,
    shared: item !== null && sectorCount >= 2,
  };
}

/**
 * Groups with at least one knelpunt: shared by two or more sectors first, then
 * by number of sectors (most first), then in catalogue order; "Overig" last.
 */
export function sharedKnelpunten(agendas: readonly KnelpuntAgenda[], catalogue: readonly CatalogueItem[]): KnelpuntGroup[] {
  const known = new Set(catalogue.map((item) => item.id));
  const ordered = catalogue
    .map((item, index) => ({ entry: group(item, agendas, (knelpunt) => knelpunt.catalogueId === item.id), index }))
    .filter(({ entry }) => entry.sectors.length > 0)
    .sort((a, b) => Number(b.entry.shared) - Number(a.entry.shared) || b.entry.sectorCount - a.entry.sectorCount || a.index - b.index)
    .map(({ entry }) => entry);
  const other = group(null, agendas, (knelpunt) => !knelpunt.catalogueId || !known.has(knelpunt.catalogueId));
  return other.sectors.length > 0 ? [...ordered, other] : ordered;
}
