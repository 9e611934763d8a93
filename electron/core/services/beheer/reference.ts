import type { ActionTypeUpdate, ReferenceData, SectorInput } from '../../../../shared/domain/reference';
import { AppError } from '../../../../shared/errors';
import { newId, type Db } from '../common';

export async function getReference(db: Db): Promise<ReferenceData> {
  const [sectors, actionTypes, catalogue] = await Promise.all([
    db.selectFrom('sectors').selectAll().orderBy('sortOrder').execute(),
    db.selectFrom('actionTypes').selectAll().orderBy('id').execute(),
    db.selectFrom('catalogueItems').select(['id', 'kind', 'code', 'title', 'description']).orderBy('sortOrder').execute(),
  ]);
  return {
    sectors: sectors.map((sector) => ({ ...sector, isEmployer: sector.isEmployer === 1 })),
    actionTypes,
    catalogue,
  };
}

/** Adds a sector, or renames / edits an existing one. Names stay unique. */
export async function saveSector(db: Db, input: SectorInput): Promise<ReferenceData> {
  await db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('sectors').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `Er is al een sector met de naam “${input.name}”.`, 'name');
    const values = { name: input.name, signatoryOrganisations: input.signatoryOrganisations, isEmployer: input.isEmployer ? 1 as const : 0 as const };
    if (input.id) {
      const result = await trx.updateTable('sectors').set(values).where('id', '=', input.id).executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new AppError('NOT_FOUND', 'Deze sector bestaat niet (meer).');
    } else {
      const last = await trx.selectFrom('sectors').select((eb) => eb.fn.max('sortOrder').as('max')).executeTakeFirst();
      await trx.insertInto('sectors').values({ id: newId(), ...values, sortOrder: (last?.max ?? 0) + 1 }).execute();
    }
  });
  return getReference(db);
}

export async function updateActionType(db: Db, input: ActionTypeUpdate): Promise<ReferenceData> {
  const result = await db.updateTable('actionTypes').set({ name: input.name, explanation: input.explanation }).where('id', '=', input.id).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new AppError('NOT_FOUND', 'Dit actietype bestaat niet.');
  return getReference(db);
}
