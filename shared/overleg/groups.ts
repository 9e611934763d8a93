import type { SectorGroup } from '../domain/overleg';
import type { Sector } from '../domain/reference';

/**
 * Groups of similar sectors (issue 6, item 6). Seed 003 §2.1.1 splits sectors
 * that are themselves the employer (Rijk, Politie, Defensie) from those that
 * represent many employers; it found the self-employers scoring highest, so the
 * overleg wants to look at each kind apart.
 */

export const selfEmployerGroupId = 'zelf-werkgever';
export const manyEmployersGroupId = 'veel-werkgevers';

type GroupedSector = Pick<Sector, 'id' | 'isEmployer'>;

/**
 * The two built-in groups, derived from the flag so a renamed or added sector
 * lands in the right one. Pass the installation's sectors together with those
 * of imported agendas (`sectorsOfAgendas`): a sector added elsewhere has an id
 * this installation does not know. The first entry of an id wins.
 */
export function builtInGroups(sectors: readonly GroupedSector[]): SectorGroup[] {
  const seen = new Map<string, boolean>();
  for (const sector of sectors) if (!seen.has(sector.id)) seen.set(sector.id, sector.isEmployer);
  const ids = (isEmployer: boolean) => [...seen].filter(([, flag]) => flag === isEmployer).map(([id]) => id);
  return [
    { id: selfEmployerGroupId, name: 'Sector is zelf werkgever', sectorIds: ids(true), builtIn: true },
    { id: manyEmployersGroupId, name: 'Sectoren met veel werkgevers', sectorIds: ids(false), builtIn: true },
  ];
}

/** The sectors of the compared agendas, for `builtInGroups`. */
export function sectorsOfAgendas(agendas: readonly { sectorId: string; isEmployer: boolean }[]): GroupedSector[] {
  return agendas.map((agenda) => ({ id: agenda.sectorId, isEmployer: agenda.isEmployer }));
}

/** The agendas of the group's sectors, in the order given; no group (null) keeps them all. */
export function filterByGroup<T extends { sectorId: string }>(agendas: readonly T[], group: Pick<SectorGroup, 'sectorIds'> | null): T[] {
  if (!group) return [...agendas];
  const members = new Set(group.sectorIds);
  return agendas.filter((agenda) => members.has(agenda.sectorId));
}
