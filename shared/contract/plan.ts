import { z } from 'zod';
import {
  ActionPatchSchema, AgendaDetailSchema, AgendaPatchSchema, AgendaSummarySchema, JobGoalSchema, KnelpuntPatchSchema,
  MilestonePatchSchema, NewActionSchema, NewAgendaSchema, NewKnelpuntSchema, NewMilestoneSchema, NewSignatorySchema,
  NewTargetSchema, SignatoryPatchSchema, TargetPatchSchema, UnusedTypeReasonSchema,
} from '../domain/agenda';
import { IdSchema, YearSchema } from '../domain/fields';
import {
  ActionChangeSchema, ActionCreatedChangeSchema, AgendaFieldsChangeSchema, deletedChange, JobGoalChangeSchema, KnelpuntChangeSchema, MilestoneChangeSchema, planDelta,
  SignatoryChangeSchema, TargetChangeSchema, UnusedTypeChangeSchema,
} from '../domain/planChange';
import { channel } from './channel';

const byId = z.object({ id: IdSchema });
const update = <T extends z.ZodType>(patch: T) => z.object({ id: IdSchema, patch });

/**
 * Plan: the agenda itself and everything written in it. An edit inside an agenda answers
 * with what changed (the item, or a deleted item's id) and the agenda's state; the editor
 * merges it (shared/planMerge.ts) instead of receiving and checking the whole agenda again.
 */
export const planApi = {
  'agenda.list': channel(z.object({}), z.object({ agendas: z.array(AgendaSummarySchema), deleted: z.array(AgendaSummarySchema) })),
  'agenda.create': channel(NewAgendaSchema, AgendaDetailSchema),
  'agenda.get': channel(byId, AgendaDetailSchema),
  'agenda.update': channel(update(AgendaPatchSchema), planDelta(AgendaFieldsChangeSchema)),
  'agenda.delete': channel(byId, z.object({ id: IdSchema })),
  'agenda.restore': channel(byId, z.object({ id: IdSchema })),
  /** The agenda as a Word document for BZK, from the draft (revisionNumber null: marked CONCEPT) or a frozen revision; the shell saves it. */
  'agenda.exportDocx': channel(
    z.object({ id: IdSchema, revisionNumber: z.number().int().min(1).nullable().default(null) }),
    z.object({ fileName: z.string(), base64: z.string() }),
  ),

  'knelpunt.create': channel(NewKnelpuntSchema, planDelta(KnelpuntChangeSchema)),
  'knelpunt.update': channel(update(KnelpuntPatchSchema), planDelta(KnelpuntChangeSchema)),
  'knelpunt.delete': channel(byId, planDelta(deletedChange('knelpunt'))),

  'action.create': channel(NewActionSchema, planDelta(ActionCreatedChangeSchema)),
  'action.update': channel(update(ActionPatchSchema), planDelta(ActionChangeSchema)),
  'action.delete': channel(byId, planDelta(deletedChange('action'))),

  'milestone.create': channel(NewMilestoneSchema, planDelta(MilestoneChangeSchema)),
  'milestone.update': channel(update(MilestonePatchSchema), planDelta(MilestoneChangeSchema)),
  'milestone.delete': channel(byId, planDelta(deletedChange('milestone'))),

  'target.create': channel(NewTargetSchema, planDelta(TargetChangeSchema)),
  'target.update': channel(update(TargetPatchSchema), planDelta(TargetChangeSchema)),
  'target.delete': channel(byId, planDelta(deletedChange('target'))),

  /** jobs null removes the goal for that year. */
  'jobGoal.set': channel(z.object({ agendaId: IdSchema, year: YearSchema, jobs: JobGoalSchema.shape.jobs.nullable() }), planDelta(JobGoalChangeSchema)),
  'unusedType.set': channel(UnusedTypeReasonSchema.extend({ agendaId: IdSchema }), planDelta(UnusedTypeChangeSchema)),

  'signatory.create': channel(NewSignatorySchema, planDelta(SignatoryChangeSchema)),
  'signatory.update': channel(update(SignatoryPatchSchema), planDelta(SignatoryChangeSchema)),
  'signatory.delete': channel(byId, planDelta(deletedChange('signatory'))),
} as const;
