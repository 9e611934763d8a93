import { z } from 'zod';
import { AgendaDetailSchema } from '../domain/agenda';
import { AgendaEvaluationSchema, CycleComparisonDataSchema, EvaluationPatchSchema, FoundKnelpuntPatchSchema, LookbackInfoSchema, NewFoundKnelpuntSchema } from '../domain/cycle';
import { IdSchema } from '../domain/fields';
import { channel } from './channel';

/**
 * Act: evaluations per action, knelpunten found during the cycle, and the next agenda.
 * Every mutation on the Evaluatie screen answers with the whole evaluation of the agenda.
 */
export const cycleApi = {
  'evaluation.get': channel(z.object({ agendaId: IdSchema }), AgendaEvaluationSchema),
  'evaluation.update': channel(z.object({ actionId: IdSchema, patch: EvaluationPatchSchema }), AgendaEvaluationSchema),
  'foundKnelpunt.create': channel(NewFoundKnelpuntSchema, AgendaEvaluationSchema),
  'foundKnelpunt.update': channel(z.object({ id: IdSchema, patch: FoundKnelpuntPatchSchema }), AgendaEvaluationSchema),
  'foundKnelpunt.delete': channel(z.object({ id: IdSchema }), AgendaEvaluationSchema),
  /** Creates the successor for the next period (the agenda itself does not change); answers with the new agenda. */
  'agenda.startNext': channel(z.object({ id: IdSchema }), AgendaDetailSchema),
  /** This agenda and its predecessor with the links between them; shared/cycleCompare.ts compares them. */
  'cycle.compare': channel(z.object({ agendaId: IdSchema }), CycleComparisonDataSchema),
  /** The Terugblik section: the predecessor, what it delivered, the draft Terugblik and the agendas that may be linked. */
  'cycle.lookback': channel(z.object({ agendaId: IdSchema }), LookbackInfoSchema),
  /** "Vorige werkagenda koppelen": links an agenda of the same sector and an earlier period (null: removes the link); not part of the signed content. */
  'agenda.linkPredecessor': channel(z.object({ id: IdSchema, predecessorId: IdSchema.nullable() }), AgendaDetailSchema),
  /** "Terugblik opstellen uit de evaluatie": writes the draft into an empty Terugblik; refused when it holds text. */
  'agenda.draftLookback': channel(z.object({ id: IdSchema }), AgendaDetailSchema),
} as const;
