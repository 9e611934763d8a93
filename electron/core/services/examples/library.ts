import type { LibraryEntry } from '../../../../shared/domain/examples';
import { sharedContact, sortLibrary } from '../../../../shared/examples';
import type { Db } from '../common';

/**
 * Every good example in this installation, of the sector's own agendas and of those
 * received from the sectors, with one query: the Overleg's library. Agendas in the bin
 * stay out; contact details only where consent was given.
 */
export async function loadLibrary(db: Db): Promise<{ entries: LibraryEntry[] }> {
  const rows = await db.selectFrom('goodExamples')
    .innerJoin('actions', 'actions.id', 'goodExamples.actionId')
    .innerJoin('agendas', 'agendas.id', 'actions.agendaId')
    .innerJoin('sectors', 'sectors.id', 'agendas.sectorId')
    .selectAll('goodExamples')
    .select(['actions.title as actionTitle', 'actions.primaryTypeId as typeId', 'agendas.id as agendaId', 'agendas.title as agendaTitle',
      'agendas.startYear', 'agendas.endYear', 'agendas.importedFrom', 'sectors.name as sectorName'])
    .where('agendas.deletedAt', 'is', null)
    .execute();
  return {
    entries: sortLibrary(rows.map((row) => ({
      actionId: row.actionId, agendaId: row.agendaId, actionTitle: row.actionTitle, typeId: row.typeId, sectorName: row.sectorName,
      agendaTitle: row.agendaTitle, startYear: row.startYear, endYear: row.endYear, whatWorked: row.whatWorked, organisation: row.organisation,
      contact: sharedContact({ ...row, consent: row.consent === 1 }), imported: row.importedFrom !== null,
    }))),
  };
}
