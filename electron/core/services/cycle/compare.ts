import type { CycleComparisonData } from '../../../../shared/domain/cycle';
import { loadAgenda } from '../plan/agendas';
import type { Db } from '../common';

/** An agenda and its predecessor (if any, and not in the bin), with the links between them. */
export async function loadComparison(db: Db, agendaId: string): Promise<CycleComparisonData> {
  const current = await loadAgenda(db, agendaId);
  const predecessorRow = current.predecessorId
    ? await db.selectFrom('agendas').select('id').where('id', '=', current.predecessorId).where('deletedAt', 'is', null).executeTakeFirst()
    : undefined;
  if (!predecessorRow) return { current, predecessor: null, actionOrigins: [], knelpuntOrigins: [], predecessorOutcomes: [] };
  const [predecessor, actionOrigins, knelpuntOrigins, predecessorOutcomes] = await Promise.all([
    loadAgenda(db, predecessorRow.id),
    db.selectFrom('actions').select(['id as actionId', 'originActionId']).where('agendaId', '=', agendaId).where('originActionId', 'is not', null).execute(),
    db.selectFrom('knelpunten').select(['id as knelpuntId', 'originFoundId']).where('agendaId', '=', agendaId).where('originFoundId', 'is not', null).execute(),
    db.selectFrom('actions').leftJoin('actionEvaluations', 'actionEvaluations.actionId', 'actions.id')
      .select(['actions.id as actionId', 'actions.status', 'actionEvaluations.result'])
      .where('actions.agendaId', '=', predecessorRow.id).execute(),
  ]);
  return {
    current,
    predecessor,
    actionOrigins: actionOrigins.map((row) => ({ actionId: row.actionId, originActionId: row.originActionId! })),
    knelpuntOrigins: knelpuntOrigins.map((row) => ({ knelpuntId: row.knelpuntId, originFoundId: row.originFoundId! })),
    predecessorOutcomes: predecessorOutcomes.map((row) => ({ actionId: row.actionId, status: row.status, result: row.result ?? null })),
  };
}
