import type { OverlegAgenda } from '../domain/overleg';
import { targetForYear } from '../jobsTable';
import { realisation } from '../quotum';

/**
 * Jobs per sector for the overleg (issue 6, item 4): the latest realised figure
 * against the agenda's jobs goal of the same year. Comparing a figure with the
 * goal of another year would overstate or hide a gap, so without a goal for the
 * year of the figure there is no percentage. Without any figure the row shows
 * the goal of the last year of the period, so the chart still has a target.
 * Only the agenda's own goals are used: imported agendas carry no employer hours
 * to derive a quotum target from.
 */

type JobsAgenda = Pick<OverlegAgenda, 'agendaId' | 'sectorId' | 'sectorName' | 'endYear' | 'jobGoals' | 'latestRealised'>;

export interface SectorJobs {
  agendaId: string;
  sectorId: string;
  sectorName: string;
  /** The year whose goal is the target: the year of the realised figure, or else the last year of the period. */
  year: number;
  target: number | null;
  realised: number | null;
  /** Reference date of `realised` ("2019-12-31"). */
  date: string | null;
  /** realised / target (0.64 for 64%); null without both or with a target of 0. */
  share: number | null;
  /** Jobs still missing, 0 once the target is met; null without both. */
  behind: number | null;
}

export function jobsOfSector(agenda: JobsAgenda): SectorJobs {
  const latest = agenda.latestRealised;
  const year = latest ? Number(latest.date.slice(0, 4)) : agenda.endYear;
  const target = targetForYear(year, [], agenda.jobGoals)?.value ?? null;
  const result = latest && target !== null ? realisation(latest.jobs, target) : null;
  return {
    agendaId: agenda.agendaId,
    sectorId: agenda.sectorId,
    sectorName: agenda.sectorName,
    year,
    target,
    realised: latest?.jobs ?? null,
    date: latest?.date ?? null,
    share: result && target !== null && target > 0 ? result.share : null,
    behind: result ? result.behind : null,
  };
}

/** One row per agenda, in the order given. */
export function jobsPerSector(agendas: readonly JobsAgenda[]): SectorJobs[] {
  return agendas.map(jobsOfSector);
}
