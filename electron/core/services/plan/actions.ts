import type { z } from 'zod';
import type { ActionPatch, MilestonePatchSchema, NewActionSchema, NewMilestoneSchema } from '../../../../shared/domain/agenda';
import { AppError } from '../../../../shared/errors';
import { agendaOf, type Created, definedOnly, deleteRow, newId, nextSortOrder, now, requireEditableAgenda, touchAgenda, type Db, type Trx } from '../common';
import { logCreate, logDelete, logUpdate, readLoggedAction, readLoggedRow } from '../logbook/record';
import { insertTarget } from './targets';

async function requireTypes(trx: Trx, typeIds: number[]): Promise<void> {
  if (typeIds.length === 0) return;
  const found = await trx.selectFrom('actionTypes').select('id').where('id', 'in', typeIds).execute();
  if (found.length !== new Set(typeIds).size) throw new AppError('VALIDATION', 'Kies een actietype uit de lijst.', 'primaryTypeId');
}

async function requireKnelpuntenOf(trx: Trx, agendaId: string, knelpuntIds: string[]): Promise<void> {
  if (knelpuntIds.length === 0) return;
  const found = await trx.selectFrom('knelpunten').select('id').where('agendaId', '=', agendaId).where('id', 'in', knelpuntIds).execute();
  if (found.length !== new Set(knelpuntIds).size) throw new AppError('VALIDATION', 'Een gekozen knelpunt hoort niet bij deze werkagenda.', 'knelpuntIds');
}

/** Writes the action's further types and knelpunt links when the patch names them. */
async function writeLinks(trx: Trx, actionId: string, agendaId: string, patch: Pick<ActionPatch, 'extraTypeIds' | 'knelpuntIds' | 'primaryTypeId'>): Promise<void> {
  if (patch.extraTypeIds) {
    const primary = patch.primaryTypeId ?? (await trx.selectFrom('actions').select('primaryTypeId').where('id', '=', actionId).executeTakeFirstOrThrow()).primaryTypeId;
    // The primary type is never also a further type: one type, one count.
    const extra = [...new Set(patch.extraTypeIds)].filter((typeId) => typeId !== primary);
    await requireTypes(trx, extra);
    await trx.deleteFrom('actionExtraTypes').where('actionId', '=', actionId).execute();
    if (extra.length > 0) await trx.insertInto('actionExtraTypes').values(extra.map((typeId) => ({ actionId, typeId }))).execute();
  } else if (patch.primaryTypeId !== undefined) {
    await trx.deleteFrom('actionExtraTypes').where('actionId', '=', actionId).where('typeId', '=', patch.primaryTypeId).execute();
  }
  if (patch.knelpuntIds) {
    const ids = [...new Set(patch.knelpuntIds)];
    await requireKnelpuntenOf(trx, agendaId, ids);
    await trx.deleteFrom('actionKnelpunten').where('actionId', '=', actionId).execute();
    if (ids.length > 0) await trx.insertInto('actionKnelpunten').values(ids.map((knelpuntId) => ({ actionId, knelpuntId }))).execute();
  }
}

export async function createAction(db: Db, input: z.output<typeof NewActionSchema>): Promise<Created> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    await requireTypes(trx, [input.primaryTypeId]);
    const id = newId();
    const timestamp = now();
    await trx.insertInto('actions').values({
      id, agendaId: input.agendaId, title: input.title, description: input.description ?? '', primaryTypeId: input.primaryTypeId,
      actor: input.actor, nature: input.nature, owner: input.owner ?? '',
      startMonth: input.startMonth ?? null, endMonth: input.endMonth ?? null, jobsPrognosis: input.jobsPrognosis ?? null,
      sortOrder: await nextSortOrder(trx, 'actions', input.agendaId), createdAt: timestamp, updatedAt: timestamp,
    }).execute();
    await writeLinks(trx, id, input.agendaId, { extraTypeIds: input.extraTypeIds ?? [], knelpuntIds: input.knelpuntIds ?? [], primaryTypeId: input.primaryTypeId });
    await logCreate(trx, input.agendaId, 'action', id);
    // Example targets taken over from a recommended activity: one user action, one transaction.
    for (const target of input.targets ?? []) await insertTarget(trx, { ...target, agendaId: input.agendaId, actionId: id });
    await touchAgenda(trx, input.agendaId, { table: 'actions', id });
    return { agendaId: input.agendaId, id };
  });
}

export async function updateAction(db: Db, id: string, patch: ActionPatch): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, 'actions', id, 'Deze actie');
    const { extraTypeIds, knelpuntIds, ...fields } = patch;
    if (fields.primaryTypeId !== undefined) await requireTypes(trx, [fields.primaryTypeId]);
    const before = await readLoggedAction(trx, id);
    const start = fields.startMonth !== undefined ? fields.startMonth : before?.startMonth;
    const end = fields.endMonth !== undefined ? fields.endMonth : before?.endMonth;
    if (start && end && end < start) throw new AppError('VALIDATION', 'De eindmaand moet na de startmaand liggen.', 'patch.endMonth');
    await trx.updateTable('actions').set({ ...definedOnly(fields), updatedAt: now() }).where('id', '=', id).execute();
    await writeLinks(trx, id, agendaId, { extraTypeIds, knelpuntIds, primaryTypeId: fields.primaryTypeId });
    await touchAgenda(trx, agendaId, { table: 'actions', id });
    await logUpdate(trx, agendaId, 'action', id, before);
    return agendaId;
  });
}

export const deleteAction = (db: Db, id: string) => deleteRow(db, 'actions', id, 'Deze actie');

async function agendaOfMilestone(trx: Trx, id: string): Promise<{ agendaId: string; actionId: string }> {
  const row = await trx.selectFrom('milestones').innerJoin('actions', 'actions.id', 'milestones.actionId')
    .select(['actions.agendaId', 'actions.id as actionId']).where('milestones.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Deze mijlpaal bestaat niet (meer).');
  await requireEditableAgenda(trx, row.agendaId);
  return row;
}

export async function createMilestone(db: Db, input: z.output<typeof NewMilestoneSchema>): Promise<Created> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, 'actions', input.actionId, 'Deze actie');
    const last = await trx.selectFrom('milestones').select((eb) => eb.fn.max('sortOrder').as('max')).where('actionId', '=', input.actionId).executeTakeFirst();
    const id = newId();
    await trx.insertInto('milestones').values({
      id, actionId: input.actionId, title: input.title, month: input.month, done: 0, sortOrder: (last?.max ?? 0) + 1,
    }).execute();
    await touchAgenda(trx, agendaId, { table: 'actions', id: input.actionId });
    await logCreate(trx, agendaId, 'milestone', id);
    return { agendaId, id };
  });
}

export async function updateMilestone(db: Db, id: string, patch: z.output<typeof MilestonePatchSchema>): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { agendaId, actionId } = await agendaOfMilestone(trx, id);
    const before = await readLoggedRow(trx, 'milestone', id);
    const values = definedOnly(patch);
    if (Object.keys(values).length > 0) await trx.updateTable('milestones').set(values).where('id', '=', id).execute();
    await touchAgenda(trx, agendaId, { table: 'actions', id: actionId });
    await logUpdate(trx, agendaId, 'milestone', id, before);
    return agendaId;
  });
}

export async function deleteMilestone(db: Db, id: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const { agendaId, actionId } = await agendaOfMilestone(trx, id);
    const before = await readLoggedRow(trx, 'milestone', id);
    await trx.deleteFrom('milestones').where('id', '=', id).execute();
    await touchAgenda(trx, agendaId, { table: 'actions', id: actionId });
    await logDelete(trx, agendaId, 'milestone', before);
    return agendaId;
  });
}
