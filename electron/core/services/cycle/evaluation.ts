import { logCreate, logDelete, logUpdate, readLoggedRow } from '../logbook/record';
import type { AgendaEvaluation, EvaluationPatchSchema, FoundKnelpuntPatch, NewFoundKnelpunt } from '../../../../shared/domain/cycle';
import { AppError } from '../../../../shared/errors';
import { definedOnly, newId, now, requireEditableAgenda, touchAgenda, type Db, type Trx } from '../common';
import type { z } from 'zod';
import { readHelped, writeHelped } from './helped';

/** The Evaluatie screen's data: the agenda's actions with their evaluation, its targets, the knelpunten found, and its successor. */
export async function loadEvaluation(db: Db | Trx, agendaId: string): Promise<AgendaEvaluation> {
  const agenda = await db.selectFrom('agendas').innerJoin('sectors', 'sectors.id', 'agendas.sectorId')
    .select(['agendas.id', 'agendas.title', 'sectors.name as sectorName', 'agendas.startYear', 'agendas.endYear', 'agendas.deletedAt'])
    .where('agendas.id', '=', agendaId).executeTakeFirst();
  if (!agenda || agenda.deletedAt !== null) throw new AppError('NOT_FOUND', 'Deze werkagenda bestaat niet (meer).');
  const foundIds = db.selectFrom('foundKnelpunten').select('id').where('agendaId', '=', agendaId);
  const [actions, evaluations, targets, found, foundActions, foundTargets, successor] = await Promise.all([
    db.selectFrom('actions').select(['id', 'title', 'status']).where('agendaId', '=', agendaId).orderBy('sortOrder').execute(),
    db.selectFrom('actionEvaluations').innerJoin('actions', 'actions.id', 'actionEvaluations.actionId')
      .select(['actionEvaluations.actionId', 'actionEvaluations.result', 'actionEvaluations.why', 'actionEvaluations.lesson', 'actionEvaluations.helped'])
      .where('actions.agendaId', '=', agendaId).execute(),
    db.selectFrom('targets').select(['id', 'indicator', 'unit', 'actionId']).where('agendaId', '=', agendaId).orderBy('sortOrder').execute(),
    db.selectFrom('foundKnelpunten').select(['id', 'agendaId', 'title', 'description', 'cause', 'catalogueId'])
      .where('agendaId', '=', agendaId).orderBy('sortOrder').execute(),
    db.selectFrom('foundKnelpuntActions').selectAll().where('foundId', 'in', foundIds).execute(),
    db.selectFrom('foundKnelpuntTargets').selectAll().where('foundId', 'in', foundIds).execute(),
    findSuccessor(db, agendaId),
  ]);
  const byAction = new Map(evaluations.map((row) => [row.actionId, row]));
  const actionOrder = new Map(actions.map((action, index) => [action.id, index]));
  const targetOrder = new Map(targets.map((target, index) => [target.id, index]));
  return {
    agendaId: agenda.id,
    title: agenda.title,
    sectorName: agenda.sectorName,
    startYear: agenda.startYear,
    endYear: agenda.endYear,
    successor,
    actions: actions.map((action) => {
      const evaluation = byAction.get(action.id);
      return { ...action, evaluation: { result: evaluation?.result ?? null, why: evaluation?.why ?? '', lesson: evaluation?.lesson ?? '', helped: readHelped(evaluation?.helped) } };
    }),
    targets,
    foundKnelpunten: found.map((knelpunt) => ({
      ...knelpunt,
      actionIds: foundActions.filter((link) => link.foundId === knelpunt.id).map((link) => link.actionId)
        .sort((a, b) => (actionOrder.get(a) ?? 0) - (actionOrder.get(b) ?? 0)),
      targetIds: foundTargets.filter((link) => link.foundId === knelpunt.id).map((link) => link.targetId)
        .sort((a, b) => (targetOrder.get(a) ?? 0) - (targetOrder.get(b) ?? 0)),
    })),
  };
}

/** The agenda started as the continuation of this one (also when it is in the bin: it can be restored). */
export async function findSuccessor(db: Db | Trx, agendaId: string) {
  const row = await db.selectFrom('agendas').select(['id', 'title', 'startYear', 'endYear', 'deletedAt'])
    .where('predecessorId', '=', agendaId).orderBy('createdAt').executeTakeFirst();
  return row ? { id: row.id, title: row.title, startYear: row.startYear, endYear: row.endYear, deleted: row.deletedAt !== null } : null;
}

export async function updateEvaluation(db: Db, actionId: string, patch: z.output<typeof EvaluationPatchSchema>): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const action = await trx.selectFrom('actions').select('agendaId').where('id', '=', actionId).executeTakeFirst();
    if (!action) throw new AppError('NOT_FOUND', 'Deze actie bestaat niet (meer).', 'actionId');
    await requireEditableAgenda(trx, action.agendaId);
    const before = await readLoggedRow(trx, 'evaluation', actionId);
    const { helped, ...fields } = patch;
    const values = { ...definedOnly(fields), ...(helped === undefined ? {} : { helped: writeHelped(helped) }) };
    const timestamp = now();
    await trx.insertInto('actionEvaluations')
      .values({ actionId, result: null, why: '', lesson: '', ...values, updatedAt: timestamp })
      .onConflict((oc) => oc.column('actionId').doUpdateSet({ ...values, updatedAt: timestamp }))
      .execute();
    await touchAgenda(trx, action.agendaId);
    await logUpdate(trx, action.agendaId, 'evaluation', actionId, before);
    return action.agendaId;
  });
}

async function requireCatalogueKnelpunt(trx: Trx, catalogueId: string | null | undefined): Promise<void> {
  if (!catalogueId) return;
  const item = await trx.selectFrom('catalogueItems').select('id').where('id', '=', catalogueId).where('kind', '=', 'knelpunt').executeTakeFirst();
  if (!item) throw new AppError('VALIDATION', 'Kies een soort knelpunt uit de catalogus.', 'catalogueId');
}

/** Replaces the links of a found knelpunt; every action and target must belong to the same agenda. */
async function setLinks(trx: Trx, foundId: string, agendaId: string, actionIds: string[] | undefined, targetIds: string[] | undefined): Promise<void> {
  if (actionIds) {
    const unique = [...new Set(actionIds)];
    const own = unique.length === 0 ? [] : await trx.selectFrom('actions').select('id').where('agendaId', '=', agendaId).where('id', 'in', unique).execute();
    if (own.length !== unique.length) throw new AppError('VALIDATION', 'Een gekozen actie hoort niet bij deze werkagenda.', 'actionIds');
    await trx.deleteFrom('foundKnelpuntActions').where('foundId', '=', foundId).execute();
    if (unique.length > 0) await trx.insertInto('foundKnelpuntActions').values(unique.map((actionId) => ({ foundId, actionId }))).execute();
  }
  if (targetIds) {
    const unique = [...new Set(targetIds)];
    const own = unique.length === 0 ? [] : await trx.selectFrom('targets').select('id').where('agendaId', '=', agendaId).where('id', 'in', unique).execute();
    if (own.length !== unique.length) throw new AppError('VALIDATION', 'Een gekozen doel hoort niet bij deze werkagenda.', 'targetIds');
    await trx.deleteFrom('foundKnelpuntTargets').where('foundId', '=', foundId).execute();
    if (unique.length > 0) await trx.insertInto('foundKnelpuntTargets').values(unique.map((targetId) => ({ foundId, targetId }))).execute();
  }
}

export async function createFoundKnelpunt(db: Db, input: NewFoundKnelpunt): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    await requireCatalogueKnelpunt(trx, input.catalogueId);
    const max = await trx.selectFrom('foundKnelpunten').select((eb) => eb.fn.max('sortOrder').as('max')).where('agendaId', '=', input.agendaId).executeTakeFirst();
    const id = newId();
    await trx.insertInto('foundKnelpunten').values({
      id, agendaId: input.agendaId, title: input.title, description: input.description ?? '', cause: input.cause ?? '',
      catalogueId: input.catalogueId ?? null, sortOrder: (max?.max ?? 0) + 1, createdAt: now(),
    }).execute();
    await setLinks(trx, id, input.agendaId, input.actionIds, input.targetIds);
    await touchAgenda(trx, input.agendaId);
    await logCreate(trx, input.agendaId, 'foundKnelpunt', id);
    return input.agendaId;
  });
}

async function foundAgenda(trx: Trx, id: string): Promise<string> {
  const row = await trx.selectFrom('foundKnelpunten').select('agendaId').where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Dit gevonden knelpunt bestaat niet (meer).');
  await requireEditableAgenda(trx, row.agendaId);
  return row.agendaId;
}

export async function updateFoundKnelpunt(db: Db, id: string, patch: FoundKnelpuntPatch): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await foundAgenda(trx, id);
    await requireCatalogueKnelpunt(trx, patch.catalogueId);
    const { actionIds, targetIds, ...fields } = patch;
    const before = await readLoggedRow(trx, 'foundKnelpunt', id);
    const values = definedOnly(fields);
    if (Object.keys(values).length > 0) await trx.updateTable('foundKnelpunten').set(values).where('id', '=', id).execute();
    await setLinks(trx, id, agendaId, actionIds, targetIds);
    await touchAgenda(trx, agendaId);
    await logUpdate(trx, agendaId, 'foundKnelpunt', id, before);
    return agendaId;
  });
}

/** Deletes a found knelpunt; a knelpunt of a successor that came from it stays, without its link back. */
export async function deleteFoundKnelpunt(db: Db, id: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await foundAgenda(trx, id);
    const before = await readLoggedRow(trx, 'foundKnelpunt', id);
    await trx.deleteFrom('foundKnelpunten').where('id', '=', id).execute();
    await touchAgenda(trx, agendaId);
    await logDelete(trx, agendaId, 'foundKnelpunt', before);
    return agendaId;
  });
}
