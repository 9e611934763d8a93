import { z } from 'zod';
import { ActionSchema, AgendaFieldsSchema, AgendaStatusSchema, JobGoalSchema, KnelpuntSchema, TargetSchema, UnusedTypeReasonSchema } from './agenda';
import { DateSchema, IdSchema, requiredText, YearSchema } from './fields';
import { EvaluationFieldsSchema } from './cycle';
import { KeyCheckSchema } from './keys';
import { EmployerHoursSchema, QuotumPercentageSchema, RealisedJobKindSchema } from './jobs';
import { ActionStatusSchema, TargetStatusSchema } from './monitoring';

/**
 * The dossierhoudersoverleg (workflow 6): one agenda as it enters the comparison
 * of all sectors. The core builds it from a live agenda of this installation or
 * from an imported exchange file; the comparison itself (shared/overleg/) only
 * reads these fields, so both sources look the same to it.
 */

export const OverlegSourceSchema = z.enum(['eigen', 'geimporteerd']);
export type OverlegSource = z.infer<typeof OverlegSourceSchema>;

/**
 * What the sign-off of the compared revision amounts to. The core verifies content and signatures first and
 * leaves an agenda that fails out of the comparison (see FlaggedAgenda), so what is compared always verified.
 */
export const OverlegSignoffSchema = z.object({
  state: AgendaStatusSchema,
  validSignatures: z.number().int().min(0),
  /** How far the compared revision's required signatures use keys confirmed in this installation; null for a draft. */
  keys: KeyCheckSchema.nullable(),
});
export type OverlegSignoff = z.infer<typeof OverlegSignoffSchema>;

export const OverlegActionSchema = ActionSchema.pick({ id: true, title: true, description: true, primaryTypeId: true, extraTypeIds: true, actor: true, nature: true }).extend({
  /** Do: where the action stands in this installation (of the sender, for an imported agenda). */
  status: ActionStatusSchema,
  /** Act: did it work, why, and the lesson; result null while not evaluated. */
  evaluation: EvaluationFieldsSchema,
});
export type OverlegAction = z.infer<typeof OverlegActionSchema>;

export const OverlegKnelpuntSchema = KnelpuntSchema.pick({ id: true, title: true, description: true, cause: true, catalogueId: true, addressee: true, request: true, answeredByActionIds: true });
export type OverlegKnelpunt = z.infer<typeof OverlegKnelpuntSchema>;

export const OverlegTargetSchema = TargetSchema.pick({ id: true, actionId: true, indicator: true, unit: true, targetValue: true, deadline: true }).extend({
  /** How many measurements were recorded for the target (Check). */
  measurementCount: z.number().int().min(0),
  /** targetVerdict at the earlier of today and 31 December of the agenda's last year (shared/targetStatus.ts). */
  status: TargetStatusSchema,
  /** Why, in plain Dutch. */
  statusReason: z.string(),
});
export type OverlegTarget = z.infer<typeof OverlegTargetSchema>;

/**
 * What the jobs figures of an agenda are computed from (shared/jobsTable.ts, the same
 * as on Banen en quotum): employers with their paid hours, realised jobs per date, and
 * the quotum percentages used (this installation's, or those the sender's file carried).
 */
export const OverlegJobsSchema = z.object({
  employers: z.array(z.object({ id: IdSchema, name: z.string(), hours: z.array(EmployerHoursSchema) })),
  realised: z.array(z.object({ employerId: IdSchema.nullable(), referenceDate: DateSchema, jobs: z.number().min(0), kind: RealisedJobKindSchema })),
  quotumPercentages: z.array(QuotumPercentageSchema),
});
export type OverlegJobs = z.infer<typeof OverlegJobsSchema>;

export const OverlegAgendaSchema = z.object({
  agendaId: IdSchema,
  sectorId: IdSchema,
  sectorName: z.string(),
  /** Rijk, Politie and Defensie are themselves the employer. */
  isEmployer: z.boolean(),
  startYear: YearSchema,
  endYear: YearSchema,
  title: z.string(),
  source: OverlegSourceSchema,
  /** The revision compared; null for a live draft that has never been frozen. */
  revisionNumber: z.number().int().min(1).nullable(),
  signoff: OverlegSignoffSchema,
  predecessorId: IdSchema.nullable(),
  actions: z.array(OverlegActionSchema),
  knelpunten: z.array(OverlegKnelpuntSchema),
  targets: z.array(OverlegTargetSchema),
  jobGoals: z.array(JobGoalSchema),
  unusedTypeReasons: z.array(UnusedTypeReasonSchema),
  accountability: AgendaFieldsSchema.shape.accountability,
  jobs: OverlegJobsSchema,
});
export type OverlegAgenda = z.infer<typeof OverlegAgendaSchema>;

/**
 * Sectors compared together: the two built-in groups (self-employer versus many
 * employers) and groups the user defines, such as Defensie and Politie. Built-in
 * ids are fixed words, user groups have a uuid, so the id is any non-empty string.
 */
export const SectorGroupSchema = z.object({
  id: z.string().min(1),
  name: requiredText('De naam van de groep', 100),
  sectorIds: z.array(IdSchema),
  builtIn: z.boolean(),
});
export type SectorGroup = z.infer<typeof SectorGroupSchema>;

/** An agenda of the period that does not enter the comparison, and why (an altered file is never compared silently). */
export const FlaggedAgendaSchema = z.object({ agendaId: IdSchema, sectorId: IdSchema, sectorName: z.string(), title: z.string(), reason: z.string() });
export type FlaggedAgenda = z.infer<typeof FlaggedAgendaSchema>;

export const OverlegPeriodSchema = z.object({ startYear: YearSchema, endYear: YearSchema });
export type OverlegPeriod = z.infer<typeof OverlegPeriodSchema>;

/** Everything the Overleg workspace shows for one period; the comparison itself is computed with shared/overleg/. */
export const OverlegDataSchema = z.object({
  /** Every period agendas in this installation cover, newest first. */
  periods: z.array(OverlegPeriodSchema),
  period: OverlegPeriodSchema.nullable(),
  agendas: z.array(OverlegAgendaSchema),
  flagged: z.array(FlaggedAgendaSchema),
  groups: z.array(SectorGroupSchema),
});
export type OverlegData = z.infer<typeof OverlegDataSchema>;

export const OverlegQuerySchema = z.object({ period: OverlegPeriodSchema.nullable().default(null) });
export const OverlegExportSchema = z.object({ period: OverlegPeriodSchema, groupId: z.string().min(1).nullable().default(null) });
export const GroupInputSchema = z.object({
  id: IdSchema.optional(),
  name: requiredText('De naam van de groep', 100),
  sectorIds: z.array(IdSchema).min(2, { error: 'Kies ten minste twee sectoren voor een groep.' }),
});
export type GroupInput = z.infer<typeof GroupInputSchema>;
