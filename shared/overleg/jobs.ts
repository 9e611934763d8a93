import type { OverlegAgenda } from '../domain/overleg';
import { jobsFigures, type RealisationRow, type YearTarget } from '../jobsTable';

/**
 * Jobs per sector for the overleg: the latest realised figure against the target of
 * its own year, computed by jobsFigures exactly as on the sector's Banen en quotum
 * screen (own goal, else the quotum requirement of the employers above the threshold).
 * Without any figure the row shows the target of the last year of the period, so
 * the chart still has a target.
 */

type JobsAgenda = Pick<OverlegAgenda, 'agendaId' | 'sectorId' | 'sectorName' | 'startYear' | 'endYear' | 'jobGoals' | 'jobs'>;

export interface SectorJobs {
  agendaId: string;
  sectorId: string;
  sectorName: string;
  /** The year whose target is used: the year of the realised figure, or else the last year of the period. */
  year: number;
  target: YearTarget | null;
  /** The latest row with a realised figure (null: none yet), as Banen en quotum shows it. */
  row: RealisationRow | null;
  realised: number | null;
  /** Reference date of `realised` ("2019-12-31"). */
  date: string | null;
  /** realised / target (0.64 for 64%); null without both or with a target of 0. */
  share: number | null;
  /** Jobs still missing, 0 once the target is met; null without both. */
  behind: number | null;
}

export function jobsOfSector(agenda: JobsAgenda): SectorJobs {
  const figures = jobsFigures({ startYear: agenda.startYear, endYear: agenda.endYear, jobGoals: agenda.jobGoals, ...agenda.jobs });
  const latest = figures.latest;
  const year = latest ? Number(latest.date.slice(0, 4)) : agenda.endYear;
  const target = latest ? latest.target : figures.targets.find((entry) => entry.year === year)?.target ?? null;
  return {
    agendaId: agenda.agendaId,
    sectorId: agenda.sectorId,
    sectorName: agenda.sectorName,
    year,
    target,
    row: latest,
    realised: latest?.realised ?? null,
    date: latest?.date ?? null,
    share: latest?.share ?? null,
    behind: latest?.behind ?? null,
  };
}

/** One row per agenda, in the order given. */
export function jobsPerSector(agendas: readonly JobsAgenda[]): SectorJobs[] {
  return agendas.map(jobsOfSector);
}
