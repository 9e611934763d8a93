import type { z } from 'zod';
import type { NewSignatorySchema, SignatoryPatchSchema } from '../../../shared/domain/agenda';
import { agendaOf, definedOnly, flag, newId, nextSortOrder, requireEditableAgenda, touchAgenda, type Db } from './common';

export async function createSignatory(db: Db, input: z.output<typeof NewSignatorySchema>): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    await trx.insertInto('signatories').values({
      id: newId(), agendaId: input.agendaId, name: input.name, function: input.function ?? '', organisation: input.organisation ?? '',
      required: flag(input.required ?? true), sortOrder: await nextSortOrder(trx, 'signatories', input.agendaId),
    }).execute();
    await touchAgenda(trx, input.agendaId);
    return input.agendaId;
  });
}

export async function updateSignatory(db: Db, id: string, patch: z.output<typeof SignatoryPatchSchema>): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, 'signatories', id, 'Deze ondertekenaar');
    const { required, ...fields } = patch;
    const values = { ...definedOnly(fields), ...(required === undefined ? {} : { required: flag(required) }) };
    if (Object.keys(values).length > 0) await trx.updateTable('signatories').set(values).where('id', '=', id).execute();
    await touchAgenda(trx, agendaId);
    return agendaId;
  });
}

export async function deleteSignatory(db: Db, id: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, 'signatories', id, 'Deze ondertekenaar');
    await trx.deleteFrom('signatories').where('id', '=', id).execute();
    await touchAgenda(trx, agendaId);
    return agendaId;
  });
}
