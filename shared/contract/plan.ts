import { z } from 'zod';
import {
  ActionPatchSchema, AgendaDetailSchema, AgendaPatchSchema, AgendaSummarySchema, JobGoalSchema, KnelpuntPatchSchema,
  MilestonePatchSchema, NewActionSchema, NewAgendaSchema, NewKnelpuntSchema, NewMilestoneSchema, NewSignatorySchema,
  NewTargetSchema, SignatoryPatchSchema, TargetPatchSchema, UnusedTypeReasonSchema,
} from '../domain/agenda';
import { IdSchema, YearSchema } from '../domain/fields';
import { channel } from './channel';

const byId = z.object({ id: IdSchema });
const update = <T extends z.ZodType>(patch: T) => z.object({ id: IdSchema, patch });

/**
 * Plan: the agenda itself and everything written in it. Mutations inside an agenda
 * answer with the whole agenda, so the editor simply replaces its state.
 */
export const planApi = {
  'agenda.list': channel(z.object({}), z.object({ agendas: z.array(AgendaSummarySchema), deleted: z.array(AgendaSummarySchema) })),
  'agenda.create': channel(NewAgendaSchema, AgendaDetailSchema),
  'agenda.get': channel(byId, AgendaDetailSchema),
  'agenda.update': channel(update(AgendaPatchSchema), AgendaDetailSchema),
  'agenda.delete': channel(byId, z.object({ id: IdSchema })),
  'agenda.restore': channel(byId, z.object({ id: IdSchema })),
  /** The agenda as a Word document for BZK, from the draft (revisionNumber null: marked CONCEPT) or a frozen revision; the shell saves it. */
  'agenda.exportDocx': channel(
    z.object({ id: IdSchema, revisionNumber: z.number().int().min(1).nullable().default(null) }),
    z.object({ fileName: z.string(), base64: z.string() }),
  ),

  'knelpunt.create': channel(NewKnelpuntSchema, AgendaDetailSchema),
  'knelpunt.update': channel(update(KnelpuntPatchSchema), AgendaDetailSchema),
  'knelpunt.delete': channel(byId, AgendaDetailSchema),

  'action.create': channel(NewActionSchema, AgendaDetailSchema),
  'action.update': channel(update(ActionPatchSchema), AgendaDetailSchema),
  'action.delete': channel(byId, AgendaDetailSchema),

  'milestone.create': channel(NewMilestoneSchema, AgendaDetailSchema),
  'milestone.update': channel(update(MilestonePatchSchema), AgendaDetailSchema),
  'milestone.delete': channel(byId, AgendaDetailSchema),

  'target.create': channel(NewTargetSchema, AgendaDetailSchema),
  'target.update': channel(update(TargetPatchSchema), AgendaDetailSchema),
  'target.delete': channel(byId, AgendaDetailSchema),

  /** jobs null removes the goal for that year. */
  'jobGoal.set': channel(z.object({ agendaId: IdSchema, year: YearSchema, jobs: JobGoalSchema.shape.jobs.nullable() }), AgendaDetailSchema),
  'unusedType.set': channel(UnusedTypeReasonSchema.extend({ agendaId: IdSchema }), AgendaDetailSchema),

  'signatory.create': channel(NewSignatorySchema, AgendaDetailSchema),
  'signatory.update': channel(update(SignatoryPatchSchema), AgendaDetailSchema),
  'signatory.delete': channel(byId, AgendaDetailSchema),
} as const;
