import type { GroupInput, SectorGroup } from '../../../../shared/domain/overleg';
import { AppError } from '../../../../shared/errors';
import { builtInGroups } from '../../../../shared/overleg';
import { newId, now, type Db } from '../common';

/** The built-in groups (self-employer or not, over every sector known here) and the user's own, by name. */
export async function listGroups(db: Db, extraSectors: { id: string; isEmployer: boolean }[] = []): Promise<SectorGroup[]> {
  const [sectors, groups, members] = await Promise.all([
    db.selectFrom('sectors').select(['id', 'isEmployer']).orderBy('sortOrder').execute(),
    db.selectFrom('sectorGroups').select(['id', 'name']).orderBy('name').execute(),
    db.selectFrom('sectorGroupMembers').innerJoin('sectors', 'sectors.id', 'sectorGroupMembers.sectorId')
      .select(['groupId', 'sectorId']).orderBy('sectors.sortOrder').execute(),
  ]);
  return [
    ...builtInGroups([...sectors.map((sector) => ({ id: sector.id, isEmployer: sector.isEmployer === 1 })), ...extraSectors]),
    ...groups.map((group) => ({ ...group, builtIn: false, sectorIds: members.filter((member) => member.groupId === group.id).map((member) => member.sectorId) })),
  ];
}

export async function saveGroup(db: Db, input: GroupInput): Promise<{ groups: SectorGroup[] }> {
  await db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('sectorGroups').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `Er is al een groep met de naam “${input.name}”.`, 'name');
    const sectorIds = [...new Set(input.sectorIds)];
    const known = await trx.selectFrom('sectors').select('id').where('id', 'in', sectorIds).execute();
    if (known.length !== sectorIds.length) throw new AppError('VALIDATION', 'Kies sectoren uit de lijst.', 'sectorIds');
    let id = input.id;
    if (id) {
      const result = await trx.updateTable('sectorGroups').set({ name: input.name }).where('id', '=', id).executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new AppError('NOT_FOUND', 'Deze groep bestaat niet (meer).');
      await trx.deleteFrom('sectorGroupMembers').where('groupId', '=', id).execute();
    } else {
      id = newId();
      await trx.insertInto('sectorGroups').values({ id, name: input.name, createdAt: now() }).execute();
    }
    await trx.insertInto('sectorGroupMembers').values(sectorIds.map((sectorId) => ({ groupId: id, sectorId }))).execute();
  });
  return { groups: await listGroups(db) };
}

export async function deleteGroup(db: Db, id: string): Promise<{ groups: SectorGroup[] }> {
  const result = await db.deleteFrom('sectorGroups').where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new AppError('NOT_FOUND', 'Deze groep bestaat niet (meer).');
  return { groups: await listGroups(db) };
}
