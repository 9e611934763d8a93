import { z } from 'zod';
import { TargetLevelSchema } from './agenda';
import { DateSchema, IdSchema, MonthSchema } from './fields';
import { ActionStatusSchema, TargetStatusSchema } from './monitoring';
import { EvaluationResultSchema } from './cycle';

/**
 * The voortgangsrapportage of one agenda on one peildatum (issue 10, part 1): everything the
 * screen and the Word document show, worked out once in shared/report/progressReport.ts.
 */

export const ReportRequestSchema = z.object({
  agendaId: IdSchema,
  /** null: the default peildatum (shared/report/peildatum.ts). */
  peildatum: DateSchema.nullable().default(null),
});

/** What the plan in the report is: the newest vastgestelde version, or the draft (CONCEPT). */
export const ReportBasisSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('vastgesteld'), number: z.number().int().min(1), fingerprint: z.string() }),
  z.object({ kind: z.literal('concept') }),
]);
export type ReportBasis = z.infer<typeof ReportBasisSchema>;

const CountSchema = z.number().int().min(0);

export const AttentionPointSchema = z.object({
  kind: z.enum(['doel_achter', 'actie_te_laat', 'actie_gestopt']),
  title: z.string(),
  reason: z.string(),
});
export type AttentionPoint = z.infer<typeof AttentionPointSchema>;

export const ReportMeasurementSchema = z.object({ date: DateSchema, value: z.number(), source: z.string(), note: z.string() });

export const ReportTargetSchema = z.object({
  id: IdSchema,
  /** null: a goal of the agenda as a whole. */
  actionId: IdSchema.nullable(),
  actionTitle: z.string().nullable(),
  level: TargetLevelSchema,
  indicator: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  targetValue: z.number().nullable(),
  deadline: DateSchema.nullable(),
  perYear: z.boolean(),
  /** Measurements up to the peildatum, oldest first. */
  measurements: z.array(ReportMeasurementSchema),
  status: TargetStatusSchema,
  reason: z.string(),
  /** For a target per year: the verdict on each year up to the peildatum. */
  years: z.array(z.object({ year: z.number().int(), status: TargetStatusSchema, reason: z.string() })),
});
export type ReportTarget = z.infer<typeof ReportTargetSchema>;

export const ReportActionSchema = z.object({
  id: IdSchema,
  title: z.string(),
  status: ActionStatusSchema,
  statusDate: DateSchema.nullable(),
  startMonth: MonthSchema.nullable(),
  endMonth: MonthSchema.nullable(),
  /** The end month has passed at the peildatum and the action is neither afgerond nor gestopt. */
  late: z.boolean(),
  /** The planning against the peildatum, in words. */
  planning: z.string(),
  milestonesDone: z.array(z.object({ title: z.string(), month: MonthSchema.nullable() })),
  milestonesOpen: z.array(z.object({ title: z.string(), month: MonthSchema.nullable() })),
  /** The latest notes up to the peildatum, newest first. */
  notes: z.array(z.object({ date: DateSchema, author: z.string(), text: z.string() })),
  /** How many notes there are up to the peildatum in all. */
  noteCount: CountSchema,
  jobsPrognosis: z.number().nullable(),
});
export type ReportAction = z.infer<typeof ReportActionSchema>;

const YearTargetSchema = z.object({ year: z.number().int(), value: z.number(), source: z.enum(['doel', 'quotum']) });

export const ReportEmployerSchema = z.object({
  name: z.string(),
  hoursPerYear: z.number().nullable(),
  quotumApplies: z.boolean().nullable(),
  required: z.number().nullable(),
  /** "1,6 banen", "geen quotum (40.575 uur of minder)", "geen uren ingevuld". */
  requiredText: z.string(),
  realised: z.number().nullable(),
  share: z.number().nullable(),
  behind: z.number().nullable(),
});
export type ReportEmployer = z.infer<typeof ReportEmployerSchema>;

export const ReportJobsRowSchema = z.object({
  date: DateSchema,
  realised: z.number().nullable(),
  inkoop: z.number().nullable(),
  target: YearTargetSchema.nullable(),
  comparison: z.string(),
  share: z.number().nullable(),
  behind: z.number().nullable(),
});

export const ReportJobsSchema = z.object({
  /** The year of the peildatum: its hours, requirement and goal are shown. */
  year: z.number().int(),
  target: YearTargetSchema.nullable(),
  /** shared/jobsTable.ts jobsSentence of the latest figure up to the peildatum. */
  sentence: z.string(),
  share: z.number().nullable(),
  behind: z.number().nullable(),
  employers: z.array(ReportEmployerSchema),
  /** Realisation per reference date up to the peildatum, oldest first. */
  rows: z.array(ReportJobsRowSchema),
  /** The latest figure of jobs via inkoop and SROI up to the peildatum, never added to the regular figure. */
  inkoop: z.object({ date: DateSchema, jobs: z.number() }).nullable(),
  prognosis: z.object({
    total: z.number(),
    withPrognosis: CountSchema,
    withoutPrognosis: CountSchema,
    /** Goal of the year minus the sum of the prognoses; negative when the prognoses exceed it. */
    gap: z.number().nullable(),
    sentence: z.string(),
  }),
});
export type ReportJobs = z.infer<typeof ReportJobsSchema>;

export const ProgressReportSchema = z.object({
  agendaId: IdSchema,
  title: z.string(),
  sectorName: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  peildatum: DateSchema,
  /** The peildatum was chosen by the rule, not typed. */
  peildatumIsDefault: z.boolean(),
  basis: ReportBasisSchema,
  /** The basis in one sentence. */
  basisText: z.string(),
  glance: z.object({
    targets: z.object({ behaald: CountSchema, op_koers: CountSchema, achter: CountSchema, geen_gegevens: CountSchema, total: CountSchema }),
    actions: z.object({ afgerond: CountSchema, lopend: CountSchema, te_laat: CountSchema, niet_gestart: CountSchema, gestopt: CountSchema, total: CountSchema }),
    attention: z.array(AttentionPointSchema),
  }),
  /** false: no measurement up to the peildatum on any target. */
  hasMeasurements: z.boolean(),
  targets: z.array(ReportTargetSchema),
  actions: z.array(ReportActionSchema),
  jobs: ReportJobsSchema,
  evaluations: z.array(z.object({ actionTitle: z.string(), result: EvaluationResultSchema.nullable(), why: z.string(), lesson: z.string() })),
  foundKnelpunten: z.array(z.object({ title: z.string(), description: z.string(), cause: z.string(), actionTitles: z.array(z.string()) })),
});
export type ProgressReport = z.infer<typeof ProgressReportSchema>;
