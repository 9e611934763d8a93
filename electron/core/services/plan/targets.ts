import type { z } from 'zod';
import type { NewTargetSchema, TargetPatchSchema } from '../../../../shared/domain/agenda';
import { AppError } from '../../../../shared/errors';
import { agendaOf, changeRow, type Created, definedOnly, deleteRow, newId, nextSortOrder, requireEditableAgenda, touchAgenda, type Db, type Trx } from '../common';
import { logCreate } from '../logbook/record';

/** A measurable target of an action, or (actionId null) of the agenda as a whole. */
export async function createTarget(db: Db, input: z.output<typeof NewTargetSchema>): Promise<Created> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    if (input.actionId) {
      const owner = await agendaOf(trx, 'actions', input.actionId, 'Deze actie');
      if (owner !== input.agendaId) throw new AppError('VALIDATION', 'Deze actie hoort niet bij deze werkagenda.', 'actionId');
    }
    const id = await insertTarget(trx, input);
    await touchAgenda(trx, input.agendaId, { table: 'targets', id });
    return { agendaId: input.agendaId, id };
  });
}

/** Inside a transaction that has checked the agenda may be edited and the action belongs to it. */
export async function insertTarget(trx: Trx, input: z.output<typeof NewTargetSchema>): Promise<string> {
  const id = newId();
  await trx.insertInto('targets').values({
    id, agendaId: input.agendaId, actionId: input.actionId, level: input.level ?? 'middenweg', indicator: input.indicator,
    unit: input.unit ?? '', baseline: input.baseline ?? null, targetValue: input.targetValue ?? null, deadline: input.deadline ?? null,
    perYear: input.perYear ? 1 : 0,
    sortOrder: await nextSortOrder(trx, 'targets', input.agendaId),
  }).execute();
  await logCreate(trx, input.agendaId, 'target', id);
  return id;
}

export function updateTarget(db: Db, id: string, patch: z.output<typeof TargetPatchSchema>): Promise<string> {
  return changeRow(db, 'targets', id, 'Dit doel', async (trx) => {
    const { perYear, ...rest } = patch;
    const values = { ...definedOnly(rest), ...(perYear === undefined ? {} : { perYear: perYear ? 1 as const : 0 as const }) };
    if (Object.keys(values).length > 0) await trx.updateTable('targets').set(values).where('id', '=', id).execute();
  });
}

export const deleteTarget = (db: Db, id: string) => deleteRow(db, 'targets', id, 'Dit doel');
