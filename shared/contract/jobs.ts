import { z } from 'zod';
import { IdSchema, YearSchema } from '../domain/fields';
import {
  EmployerHoursInputSchema, EmployerNameSchema, JobsOverviewSchema, NewRealisedJobsSchema, QuotumPercentageSchema,
} from '../domain/jobs';
import { channel } from './channel';

const byId = z.object({ id: IdSchema });
const percentages = z.object({ quotumPercentages: z.array(QuotumPercentageSchema) });

/** Jobs and quotum: employers, paid hours, quotum percentages, realised jobs. */
export const jobsApi = {
  /** The agenda's employers, hours, realised jobs, and the (global) quotum percentages. */
  'jobs.get': channel(z.object({ agendaId: IdSchema }), JobsOverviewSchema),

  /** Quotum percentages are global data (not per agenda): add or change the percentage of a year. */
  'quotum.set': channel(QuotumPercentageSchema, percentages),
  /** Adds the percentage of a year that has none; a year that has one is refused (CONFLICT), so replacing it is always asked first. */
  'quotum.add': channel(QuotumPercentageSchema, percentages),
  'quotum.delete': channel(z.object({ year: YearSchema }), percentages),

  'employer.create': channel(z.object({ agendaId: IdSchema, name: EmployerNameSchema }), JobsOverviewSchema),
  'employer.rename': channel(z.object({ id: IdSchema, name: EmployerNameSchema }), JobsOverviewSchema),
  'employer.delete': channel(byId, JobsOverviewSchema),
  /** hours null removes what was entered for that year. */
  'employerHours.set': channel(z.object({ employerId: IdSchema, year: YearSchema, hours: EmployerHoursInputSchema.nullable() }), JobsOverviewSchema),

  'realisedJobs.create': channel(NewRealisedJobsSchema, JobsOverviewSchema),
  'realisedJobs.delete': channel(byId, JobsOverviewSchema),
} as const;
