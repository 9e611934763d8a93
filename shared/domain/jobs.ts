import { z } from 'zod';
import { DateSchema, IdSchema, nonNegativeNumber, optionalText, requiredText, YearSchema } from './fields';
import { JobGoalSchema } from './agenda';

/**
 * Jobs and quotum: the quotum percentage per year (global data with its source),
 * the employers under an agenda with their paid hours per year, and the jobs
 * realised per reference date.
 */

/** In percent: 2.76 means 2.76%. Set by SZW each October for the next year. */
export const PercentageSchema = z
  .number({ error: 'Het quotumpercentage moet een getal zijn.' })
  .finite({ error: 'Het quotumpercentage moet een getal zijn.' })
  .gt(0, { error: 'Het quotumpercentage moet groter dan 0 zijn.' })
  .max(100, { error: 'Het quotumpercentage mag hoogstens 100 zijn.' });

export const QuotumPercentageSchema = z.object({
  year: YearSchema,
  percentage: PercentageSchema,
  source: optionalText('De bron', 500),
});
export type QuotumPercentage = z.infer<typeof QuotumPercentageSchema>;

export const HoursPerYearSchema = nonNegativeNumber('Het aantal verloonde uren', 10_000_000_000);
export const FteSchema = nonNegativeNumber('Het aantal fte', 10_000_000);
export const HoursPerWeekSchema = z
  .number({ error: 'Het aantal uren per week moet een getal zijn.' })
  .finite({ error: 'Het aantal uren per week moet een getal zijn.' })
  .gt(0, { error: 'Het aantal uren per week moet groter dan 0 zijn.' })
  .max(168, { error: 'Een week heeft hoogstens 168 uur.' });

/** What was entered for one employer in one year: paid hours per year, or fte and hours per week per fte. */
export const EmployerHoursInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('uren'), hoursPerYear: HoursPerYearSchema }),
  z.object({ kind: z.literal('fte'), fte: FteSchema, hoursPerWeek: HoursPerWeekSchema }),
], { error: 'Vul verloonde uren per jaar in, of fte en uren per week.' });
export type EmployerHoursInput = z.infer<typeof EmployerHoursInputSchema>;

/** As stored: exactly what was entered (the other form is derived in shared/jobsTable.ts). */
export const EmployerHoursSchema = z.object({
  year: YearSchema,
  kind: z.enum(['uren', 'fte']),
  hoursPerYear: z.number().nullable(),
  fte: z.number().nullable(),
  hoursPerWeek: z.number().nullable(),
});
export type EmployerHours = z.infer<typeof EmployerHoursSchema>;

export const EmployerNameSchema = requiredText('De naam van de werkgever', 200);

export const EmployerSchema = z.object({
  id: IdSchema,
  agendaId: IdSchema,
  name: z.string(),
  hours: z.array(EmployerHoursSchema),
});
export type Employer = z.infer<typeof EmployerSchema>;

export const RealisedJobKindSchema = z.enum(['regulier', 'inkoop_sroi'], { error: 'Kies het soort banen.' });
export type RealisedJobKind = z.infer<typeof RealisedJobKindSchema>;

export const RealisedJobsCountSchema = nonNegativeNumber('Het aantal banen', 10_000_000);

/** Inkoop and SROI as a sector knows them: persons or hours a week, converted to banen (shared/inkoopConversion.ts). */
export const EnteredSchema = z.object({
  unit: z.enum(['personen', 'uren'], { error: 'Kies personen of uren per week.' }),
  value: nonNegativeNumber('Het aantal', 10_000_000),
});

export const NewRealisedJobsSchema = z.object({
  agendaId: IdSchema,
  /** null: a figure for the sector as a whole. */
  employerId: IdSchema.nullable(),
  referenceDate: DateSchema,
  /** With `entered`, the core computes the banen itself; this figure is then ignored. */
  jobs: RealisedJobsCountSchema,
  kind: RealisedJobKindSchema,
  note: optionalText('De toelichting', 2000).default(''),
  entered: EnteredSchema.nullable().default(null),
}).refine((value) => value.entered === null || value.kind === 'inkoop_sroi', {
  error: 'Personen of uren per week kunt u alleen invullen bij banen via inkoop en SROI; gewone banen telt u in banen.', path: ['entered'],
});

export const RealisedJobsSchema = z.object({
  id: IdSchema,
  agendaId: IdSchema,
  employerId: IdSchema.nullable(),
  referenceDate: z.string(),
  jobs: z.number(),
  kind: RealisedJobKindSchema,
  note: z.string(),
  entered: EnteredSchema.nullable(),
});
export type RealisedJobs = z.infer<typeof RealisedJobsSchema>;

/** Everything the Banen en quotum screen shows for one agenda. */
export const JobsOverviewSchema = z.object({
  agenda: z.object({
    id: IdSchema,
    title: z.string(),
    sectorName: z.string(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    jobGoals: z.array(JobGoalSchema),
  }),
  employers: z.array(EmployerSchema),
  realised: z.array(RealisedJobsSchema),
  /** The percentages the figures use: for an imported agenda the file's where it carried them (shared/agendaQuotum.ts). */
  quotumPercentages: z.array(QuotumPercentageSchema),
  /** An imported agenda's percentages from its exchange file, and who sent it; null when the file carried none. */
  fileQuotum: z.object({ from: z.string(), percentages: z.array(QuotumPercentageSchema) }).nullable(),
});
export type JobsOverview = z.infer<typeof JobsOverviewSchema>;
