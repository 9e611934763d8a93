import { loadAgenda } from '../services/agendas';
import type { Db } from '../services/common';
import { loadJobs } from '../services/jobs/jobs';
import { getReference } from '../services/reference';
import { exportAgendaDocx, suggestedFileName } from './agendaDocx';

export { buildAgendaDocument, exportAgendaDocx, suggestedFileName, type ExportOptions } from './agendaDocx';

/** Today as an ISO date in the machine's own time zone: the date a person expects on the cover. */
export function localIsoDate(date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * What a handler for "export this agenda to Word" needs: the file's bytes and a name to offer in the save dialog.
 * Until revisions exist, every agenda that is not yet vastgesteld is exported as a draft.
 */
export async function exportAgendaById(db: Db, id: string, generatedOn = localIsoDate()): Promise<{ fileName: string; data: Buffer }> {
  const [agenda, reference, jobs] = await Promise.all([loadAgenda(db, id), getReference(db), loadJobs(db, id)]);
  const data = await exportAgendaDocx(agenda, reference, { draft: agenda.status !== 'vastgesteld', generatedOn, revision: null, jobs });
  return { fileName: suggestedFileName(agenda), data };
}
