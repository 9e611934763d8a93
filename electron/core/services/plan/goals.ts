import { AppError } from '../../../../shared/errors';
import { requireEditableAgenda, touchAgenda, type Db } from '../common';
import { logUpdate } from '../logbook/record';

/** The jobs goal for one year of the period; null removes it. */
export async function setJobGoal(db: Db, input: { agendaId: string; year: number; jobs: number | null }): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    const agenda = await trx.selectFrom('agendas').select(['startYear', 'endYear']).where('id', '=', input.agendaId).executeTakeFirstOrThrow();
    if (input.year < agenda.startYear || input.year > agenda.endYear) {
      throw new AppError('VALIDATION', `Het jaar ${input.year} valt buiten de looptijd ${agenda.startYear}-${agenda.endYear}.`, 'year');
    }
    const old = await trx.selectFrom('jobGoals').select('jobs').where('agendaId', '=', input.agendaId).where('year', '=', input.year).executeTakeFirst();
    if (input.jobs === null) {
      await trx.deleteFrom('jobGoals').where('agendaId', '=', input.agendaId).where('year', '=', input.year).execute();
    } else {
      await trx.insertInto('jobGoals').values({ agendaId: input.agendaId, year: input.year, jobs: input.jobs })
        .onConflict((oc) => oc.columns(['agendaId', 'year']).doUpdateSet({ jobs: input.jobs as number })).execute();
    }
    await touchAgenda(trx, input.agendaId);
    await logUpdate(trx, input.agendaId, 'jobGoal', String(input.year), { year: input.year, jobs: old?.jobs ?? null }, { year: input.year, jobs: input.jobs });
    return input.agendaId;
  });
}

/** Why the agenda leaves out a Significant action type (the Bestuursakkoord's "or explain why not"). */
export async function setUnusedTypeReason(db: Db, input: { agendaId: string; typeId: number; reason: string }): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    const type = await trx.selectFrom('actionTypes').select(['id', 'name']).where('id', '=', input.typeId).executeTakeFirst();
    if (!type) throw new AppError('VALIDATION', 'Dit actietype bestaat niet.', 'typeId');
    const old = await trx.selectFrom('unusedTypeReasons').select('reason').where('agendaId', '=', input.agendaId).where('typeId', '=', input.typeId).executeTakeFirst();
    await trx.insertInto('unusedTypeReasons').values(input)
      .onConflict((oc) => oc.columns(['agendaId', 'typeId']).doUpdateSet({ reason: input.reason })).execute();
    await touchAgenda(trx, input.agendaId);
    const typeName = `${type.id}. ${type.name}`;
    await logUpdate(trx, input.agendaId, 'unusedType', String(input.typeId), { typeName, reason: old?.reason ?? '' }, { typeName, reason: input.reason });
    return input.agendaId;
  });
}
