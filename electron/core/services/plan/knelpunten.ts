import type { z } from 'zod';
import type { KnelpuntPatchSchema, NewKnelpuntSchema } from '../../../../shared/domain/agenda';
import { AppError } from '../../../../shared/errors';
import { changeRow, type Created, definedOnly, deleteRow, newId, nextSortOrder, now, requireEditableAgenda, touchAgenda, type Db, type Trx } from '../common';
import { logCreate } from '../logbook/record';

async function requireCatalogueKnelpunt(trx: Trx, catalogueId: string | null | undefined): Promise<void> {
  if (!catalogueId) return;
  const item = await trx.selectFrom('catalogueItems').select('id').where('id', '=', catalogueId).executeTakeFirst();
  if (!item) throw new AppError('VALIDATION', 'Kies een categorie uit de catalogus.', 'catalogueId');
}

export async function createKnelpunt(db: Db, input: z.output<typeof NewKnelpuntSchema>): Promise<Created> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    await requireCatalogueKnelpunt(trx, input.catalogueId);
    const id = newId();
    await trx.insertInto('knelpunten').values({
      id, agendaId: input.agendaId, title: input.title, description: input.description ?? '', cause: input.cause ?? '',
      catalogueId: input.catalogueId ?? null, addressee: input.addressee ?? 'sector', request: input.request ?? '',
      sortOrder: await nextSortOrder(trx, 'knelpunten', input.agendaId), createdAt: now(),
    }).execute();
    await touchAgenda(trx, input.agendaId);
    await logCreate(trx, input.agendaId, 'knelpunt', id);
    return { agendaId: input.agendaId, id };
  });
}

export function updateKnelpunt(db: Db, id: string, patch: z.output<typeof KnelpuntPatchSchema>): Promise<string> {
  return changeRow(db, 'knelpunten', id, 'Dit knelpunt', async (trx) => {
    await requireCatalogueKnelpunt(trx, patch.catalogueId);
    const values = definedOnly(patch);
    if (Object.keys(values).length > 0) await trx.updateTable('knelpunten').set(values).where('id', '=', id).execute();
  });
}

export const deleteKnelpunt = (db: Db, id: string) => deleteRow(db, 'knelpunten', id, 'Dit knelpunt');
