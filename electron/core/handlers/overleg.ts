import { loadLibrary } from '../services/examples/library';
import type { Handlers } from '../../../shared/api';
import type { OverlegPeriod } from '../../../shared/domain/overleg';
import { AppError } from '../../../shared/errors';
import { filterByGroup, jobsPerSector, overlegCsv, typeMatrix } from '../../../shared/overleg';
import { localIsoDate } from '../export';
import { exportOverlegDocx, overlegFileName } from '../export/overlegDocx';
import type { Db } from '../services/common';
import { getReference } from '../services/beheer/reference';
import { deleteGroup, saveGroup } from '../services/overleg/groups';
import { loadOverleg } from '../services/overleg/load';

type OverlegChannels = 'overleg.get' | 'overleg.saveGroup' | 'overleg.deleteGroup' | 'overleg.exportDocx' | 'overleg.exportCsv';

/** The period's comparison limited to a group, as the exports need it. */
async function selection(db: Db, period: OverlegPeriod, groupId: string | null) {
  const [data, reference] = await Promise.all([loadOverleg(db, period), getReference(db)]);
  const group = groupId === null ? null : data.groups.find((item) => item.id === groupId) ?? null;
  if (groupId !== null && !group) throw new AppError('NOT_FOUND', 'Deze groep bestaat niet (meer).', 'groupId');
  return { data, reference, group, agendas: filterByGroup(data.agendas, group) };
}

export function createOverlegHandlers(db: Db): Pick<Handlers, OverlegChannels> {
  return {
    'overleg.get': ({ period }) => loadOverleg(db, period),
    'overleg.saveGroup': (input) => saveGroup(db, input),
    'overleg.deleteGroup': ({ id }) => deleteGroup(db, id),
    'overleg.exportDocx': async ({ period, groupId }) => {
      const { data, reference, group, agendas } = await selection(db, period, groupId);
      const flagged = group ? data.flagged.filter((item) => group.sectorIds.includes(item.sectorId)) : data.flagged;
      const compared = new Set(agendas.map((agenda) => agenda.agendaId));
      const examples = (await loadLibrary(db)).entries.filter((entry) => compared.has(entry.agendaId));
      const bytes = await exportOverlegDocx({ period, group, agendas, flagged, reference, examples, generatedOn: localIsoDate() });
      return { fileName: overlegFileName(period, group, 'docx'), base64: bytes.toString('base64') };
    },
    'overleg.exportCsv': async ({ period, groupId }) => {
      const { reference, group, agendas } = await selection(db, period, groupId);
      const csv = overlegCsv(typeMatrix(agendas, reference.actionTypes), jobsPerSector(agendas));
      return { fileName: overlegFileName(period, group, 'csv'), base64: Buffer.from(csv, 'utf8').toString('base64') };
    },
  };
}
