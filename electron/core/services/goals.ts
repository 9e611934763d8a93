import { AppError } from '../../../shared/errors';
import { requireEditableAgenda, touchAgenda, type Db } from './common';

/** The jobs goal for one year of the period; null removes it. */
export async function setJobGoal(db: Db, input: { agendaId: string; year: number; jobs: number | null }): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    const agenda = await trx.selectFrom('agendas').select(['startYear', 'endYear']).where('id', '=', input.agendaId).executeTakeFirstOrThrow();
    if (input.year < agenda.startYear || input.year > agenda.endYear) {
      throw new AppError('VALIDATION', `Het jaar ${input.year} valt buiten de looptijd ${agenda.startYear}-${agenda.endYear}.`, 'year');
    }
    if (input.jobs === null) {
      await trx.deleteFrom('jobGoals').where('agendaId', '=', input.agendaId).where('year', '=', input.year).execute();
    } else {
      await trx.insertInto('jobGoals').values({ agendaId: input.agendaId, year: input.year, jobs: input.jobs })
        .onConflict((oc) => oc.columns(['agendaId', 'year']).doUpdateSet({ jobs: input.jobs as number })).execute();
    }
    await touchAgenda(trx, input.agendaId);
    return input.agendaId;
  });
}

/** Why the agenda leaves out a Significant action type (the Bestuursakkoord's "or explain why not"). */
export async function setUnusedTypeReason(db: Db, input: { agendaId: string; typeId: number; reason: string }): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, input.agendaId);
    const type = await trx.selectFrom('actionTypes').select('id').where('id', '=', input.typeId).executeTakeFirst();
    if (!type) throw new AppError('VALIDATION', 'Dit actietype bestaat niet.', 'typeId');
    await trx.insertInto('unusedTypeReasons').values(input)
      .onConflict((oc) => oc.columns(['agendaId', 'typeId']).doUpdateSet({ reason: input.reason })).execute();
    await touchAgenda(trx, input.agendaId);
    return input.agendaId;
  });
}
