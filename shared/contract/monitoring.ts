import { z } from 'zod';
import { DateSchema, IdSchema } from '../domain/fields';
import { ActionStatusSchema, AgendaProgressSchema, NewMeasurementSchema, NewProgressNoteSchema } from '../domain/monitoring';
import { channel } from './channel';

/**
 * Do and Check: action status, progress notes, milestones ticked off, measurements per target.
 * Every channel answers with the whole progress of the agenda, so the Voortgang screen simply replaces its state.
 */
export const monitoringApi = {
  'progress.get': channel(z.object({ agendaId: IdSchema }), AgendaProgressSchema),
  'action.setStatus': channel(z.object({ id: IdSchema, status: ActionStatusSchema }), AgendaProgressSchema),
  /** The day the status changed, when it was not today (entered afterwards); null clears it. */
  'action.setStatusDate': channel(z.object({ id: IdSchema, date: DateSchema.nullable() }), AgendaProgressSchema),
  'milestone.setDone': channel(z.object({ id: IdSchema, done: z.boolean({ error: 'Kies of de mijlpaal is afgevinkt.' }) }), AgendaProgressSchema),
  'progressNote.create': channel(NewProgressNoteSchema, AgendaProgressSchema),
  'progressNote.delete': channel(z.object({ id: IdSchema }), AgendaProgressSchema),
  'measurement.create': channel(NewMeasurementSchema, AgendaProgressSchema),
  'measurement.delete': channel(z.object({ id: IdSchema }), AgendaProgressSchema),
} as const;
