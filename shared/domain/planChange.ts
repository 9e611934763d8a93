import { z } from 'zod';
import {
  ActionSchema, AgendaDetailSchema, AgendaFieldsSchema, JobGoalSchema, KnelpuntSchema, MilestoneSchema, SignatorySchema, TargetSchema,
  UnusedTypeReasonSchema,
} from './agenda';
import { IdSchema } from './fields';

/**
 * What an edit inside an agenda answers with: the changed item and the agenda's state,
 * not the whole agenda (hundreds of KB for a long one, checked on both ends). The editor
 * merges it into what it holds (shared/planMerge.ts) and derives the rest itself.
 */
export const AgendaStateSchema = AgendaDetailSchema.pick({ id: true, status: true, updatedAt: true });
export type AgendaState = z.infer<typeof AgendaStateSchema>;

export const AgendaFieldsChangeSchema = z.object({ kind: z.literal('agenda'), fields: AgendaFieldsSchema });
export const KnelpuntChangeSchema = z.object({ kind: z.literal('knelpunt'), knelpunt: KnelpuntSchema });
export const ActionChangeSchema = z.object({ kind: z.literal('action'), action: ActionSchema });
/** A new action can bring its first targets along (example targets of a recommended activity). */
export const ActionCreatedChangeSchema = ActionChangeSchema.extend({ targets: z.array(TargetSchema) });
export const MilestoneChangeSchema = z.object({ kind: z.literal('milestone'), milestone: MilestoneSchema });
export const TargetChangeSchema = z.object({ kind: z.literal('target'), target: TargetSchema });
/** jobs null: the goal for that year was removed. */
export const JobGoalChangeSchema = z.object({ kind: z.literal('jobGoal'), year: JobGoalSchema.shape.year, jobs: JobGoalSchema.shape.jobs.nullable() });
export const UnusedTypeChangeSchema = z.object({ kind: z.literal('unusedType'), reason: UnusedTypeReasonSchema });
export const SignatoryChangeSchema = z.object({ kind: z.literal('signatory'), signatory: SignatorySchema });

export const DeletableSchema = z.enum(['knelpunt', 'action', 'milestone', 'target', 'signatory']);
export type Deletable = z.infer<typeof DeletableSchema>;
export const deletedChange = <E extends Deletable>(entity: E) => z.object({ kind: z.literal('deleted'), entity: z.literal(entity), id: IdSchema });

export const PlanChangeSchema = z.union([
  AgendaFieldsChangeSchema, KnelpuntChangeSchema, ActionCreatedChangeSchema, ActionChangeSchema, MilestoneChangeSchema, TargetChangeSchema, JobGoalChangeSchema,
  UnusedTypeChangeSchema, SignatoryChangeSchema, z.object({ kind: z.literal('deleted'), entity: DeletableSchema, id: IdSchema }),
]);
export type PlanChange = z.infer<typeof PlanChangeSchema>;

/** The answer of one plan channel: its own kind of change beside the agenda's state. */
export const planDelta = <C extends z.ZodType<PlanChange>>(change: C) => z.object({ agenda: AgendaStateSchema, change });
export const PlanDeltaSchema = planDelta(PlanChangeSchema);
export type PlanDelta = z.infer<typeof PlanDeltaSchema>;
