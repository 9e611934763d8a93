import type { Handlers } from '../../../shared/api';
import type { jobsApi } from '../../../shared/contract/jobs';
import type { Db } from '../services/common';
import * as jobs from '../services/jobs/jobs';

/** Jobs and quotum. Every mutation is one transaction; agenda mutations answer with the agenda's whole jobs overview. */
export function createJobsHandlers(db: Db): Pick<Handlers, keyof typeof jobsApi> {
  const reload = (agendaId: Promise<string>) => agendaId.then((id) => jobs.loadJobs(db, id));
  return {
    'jobs.get': ({ agendaId }) => jobs.loadJobs(db, agendaId),
    'quotum.set': (input) => jobs.setQuotumPercentage(db, input),
    'quotum.add': (input) => jobs.addQuotumPercentage(db, input),
    'quotum.delete': ({ year }) => jobs.deleteQuotumPercentage(db, year),
    'employer.create': (input) => reload(jobs.createEmployer(db, input)),
    'employer.rename': ({ id, name }) => reload(jobs.renameEmployer(db, id, name)),
    'employer.delete': ({ id }) => reload(jobs.deleteEmployer(db, id)),
    'employerHours.set': (input) => reload(jobs.setEmployerHours(db, input)),
    'realisedJobs.create': (input) => reload(jobs.createRealisedJobs(db, input)),
    'realisedJobs.delete': ({ id }) => reload(jobs.deleteRealisedJobs(db, id)),
  };
}
