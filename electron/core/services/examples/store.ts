import type { GoodExample, GoodExampleFields } from '../../../../shared/domain/examples';
import { AppError } from '../../../../shared/errors';
import { agendaOf, flag, now, touchAgenda, type Db, type Trx } from '../common';
import { logCreate, logDelete, logUpdate, readLoggedRow } from '../logbook/record';

export async function listExamples(db: Db | Trx, agendaId: string): Promise<{ examples: GoodExample[] }> {
  const rows = await db.selectFrom('goodExamples').innerJoin('actions', 'actions.id', 'goodExamples.actionId')
    .selectAll('goodExamples').where('actions.agendaId', '=', agendaId).orderBy('actions.sortOrder').execute();
  return { examples: rows.map((row) => ({ ...row, consent: row.consent === 1 })) };
}

/** Writes the action's good example, new or changed; the agenda is the action's own, never one named by the caller. */
export async function saveExample(db: Db, input: GoodExampleFields & { actionId: string }): Promise<{ examples: GoodExample[] }> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, 'actions', input.actionId, 'Deze actie');
    const before = await readLoggedRow(trx, 'goodExample', input.actionId);
    const { actionId, ...fields } = input;
    const values = { ...fields, consent: flag(fields.consent), updatedAt: now() };
    await trx.insertInto('goodExamples').values({ actionId, ...values }).onConflict((oc) => oc.column('actionId').doUpdateSet(values)).execute();
    await touchAgenda(trx, agendaId);
    if (before) await logUpdate(trx, agendaId, 'goodExample', actionId, before);
    else await logCreate(trx, agendaId, 'goodExample', actionId);
    return listExamples(trx, agendaId);
  });
}

export async function deleteExample(db: Db, actionId: string): Promise<{ examples: GoodExample[] }> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, 'actions', actionId, 'Deze actie');
    const before = await readLoggedRow(trx, 'goodExample', actionId);
    if (!before) throw new AppError('NOT_FOUND', 'Deze actie heeft geen goed voorbeeld (meer).');
    await trx.deleteFrom('goodExamples').where('actionId', '=', actionId).execute();
    await touchAgenda(trx, agendaId);
    await logDelete(trx, agendaId, 'goodExample', before);
    return listExamples(trx, agendaId);
  });
}
