import type { z } from 'zod';
import type { NewSignatorySchema, SignatoryPatchSchema } from '../../../../shared/domain/agenda';
import { changeRow, type Created, definedOnly, deleteRow, flag, newId, nextSortOrder, requireEditableAgenda, touchAgenda, type Db } from '../common';
import { logCreate } from '../logbook/record';

export async function createSignatory(db: Db, input: z.output<typeof NewSignatorySchema>): Promise<Created> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    const id = newId();
    await trx.insertInto('signatories').values({
      id, agendaId: input.agendaId, name: input.name, function: input.function ?? '', organisation: input.organisation ?? '',
      required: flag(input.required ?? true), sortOrder: await nextSortOrder(trx, 'signatories', input.agendaId),
    }).execute();
    await touchAgenda(trx, input.agendaId);
    await logCreate(trx, input.agendaId, 'signatory', id);
    return { agendaId: input.agendaId, id };
  });
}

export function updateSignatory(db: Db, id: string, patch: z.output<typeof SignatoryPatchSchema>): Promise<string> {
  return changeRow(db, 'signatories', id, 'Deze ondertekenaar', async (trx) => {
    const { required, ...fields } = patch;
    const values = { ...definedOnly(fields), ...(required === undefined ? {} : { required: flag(required) }) };
    if (Object.keys(values).length > 0) await trx.updateTable('signatories').set(values).where('id', '=', id).execute();
  });
}

export const deleteSignatory = (db: Db, id: string) => deleteRow(db, 'signatories', id, 'Deze ondertekenaar');
