import type { Handlers } from '../../../shared/api';
import type { cycleApi } from '../../../shared/contract/cycle';
import { loadAgenda } from '../services/plan/agendas';
import type { Db } from '../services/common';
import { loadComparison } from '../services/cycle/compare';
import * as evaluation from '../services/cycle/evaluation';
import { startNextAgenda } from '../services/cycle/next';
import { fillLookbackDraft, linkPredecessor, loadLookback } from '../services/cycle/predecessor';

/** Act: evaluations, found knelpunten, the next agenda, and the comparison of two cycles. Every mutation is one transaction. */
export function createCycleHandlers(db: Db): Pick<Handlers, keyof typeof cycleApi> {
  const reload = (agendaId: Promise<string>) => agendaId.then((id) => evaluation.loadEvaluation(db, id));
  return {
    'evaluation.get': ({ agendaId }) => evaluation.loadEvaluation(db, agendaId),
    'evaluation.update': ({ actionId, patch }) => reload(evaluation.updateEvaluation(db, actionId, patch)),
    'foundKnelpunt.create': (input) => reload(evaluation.createFoundKnelpunt(db, input)),
    'foundKnelpunt.update': ({ id, patch }) => reload(evaluation.updateFoundKnelpunt(db, id, patch)),
    'foundKnelpunt.delete': ({ id }) => reload(evaluation.deleteFoundKnelpunt(db, id)),
    'agenda.startNext': ({ id }) => startNextAgenda(db, id).then((successorId) => loadAgenda(db, successorId)),
    'cycle.compare': ({ agendaId }) => loadComparison(db, agendaId),
    'cycle.lookback': ({ agendaId }) => loadLookback(db, agendaId),
    'agenda.linkPredecessor': ({ id, predecessorId }) => linkPredecessor(db, id, predecessorId).then(() => loadAgenda(db, id)),
    'agenda.draftLookback': ({ id }) => fillLookbackDraft(db, id).then(() => loadAgenda(db, id)),
  };
}
