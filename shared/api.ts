import { z } from 'zod';
import {
  ActionPatchSchema, AgendaDetailSchema, AgendaPatchSchema, AgendaSummarySchema, JobGoalSchema, KnelpuntPatchSchema,
  MilestonePatchSchema, NewActionSchema, NewAgendaSchema, NewKnelpuntSchema, NewMilestoneSchema, NewSignatorySchema,
  NewTargetSchema, SignatoryPatchSchema, TargetPatchSchema, UnusedTypeReasonSchema,
} from './domain/agenda';
import { IdSchema, YearSchema } from './domain/fields';
import { ActionTypeUpdateSchema, ReferenceDataSchema, SectorInputSchema } from './domain/reference';
import { jobsApi } from './contract/jobs';
import { channel } from './contract/channel';
import { cycleApi } from './contract/cycle';
import { examplesApi } from './contract/examples';
import { monitoringApi } from './contract/monitoring';
import { signoffApi } from './contract/signoff';
import { overlegApi } from './contract/overleg';
import { reportApi } from './contract/report';
import { backupApi } from './contract/backup';

/**
 * The one API contract. The Electron shell (ipcMain + preload), the web shell
 * (HTTP) and the renderer's client are all derived from this map, so a renamed
 * channel or field fails to compile on every side.
 */
const byId = z.object({ id: IdSchema });
const update = <T extends z.ZodType>(patch: T) => z.object({ id: IdSchema, patch });

export const api = {
  'reference.get': channel(z.object({}), ReferenceDataSchema),
  'sector.save': channel(SectorInputSchema, ReferenceDataSchema),
  'actionType.update': channel(ActionTypeUpdateSchema, ReferenceDataSchema),

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

  // Each later capability keeps its channels in shared/contract/<capability>.ts.
  ...monitoringApi,
  ...jobsApi,
  ...cycleApi,
  ...examplesApi,
  ...signoffApi,
  ...overlegApi,
  ...reportApi,
  ...backupApi,
} as const;

export type Api = typeof api;
export type Channel = keyof Api;
export type ApiInput<C extends Channel> = z.input<Api[C]['input']>;
export type ApiOutput<C extends Channel> = z.output<Api[C]['output']>;
/** What the core implements: one handler per channel, taking parsed input. */
export type Handlers = { [C in Channel]: (input: z.output<Api[C]['input']>) => ApiOutput<C> | Promise<ApiOutput<C>> };

export const channels = Object.keys(api) as Channel[];
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(api, name);
}
