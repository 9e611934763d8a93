import { loadAgenda } from '../services/plan/agendas';
import type { Db } from '../services/common';
import { predecessorForExport } from '../services/cycle/predecessor';
import { loadJobs } from '../services/jobs/jobs';
import { getReference } from '../services/beheer/reference';
import { getRevision } from '../services/signoff/revisions';
import { hasRevisions } from '../services/signoff/store';
import { signoffOverview } from '../services/signoff/overview';
import { exportAgendaDocx, suggestedFileName } from './agendaDocx';

export { buildAgendaDocument, exportAgendaDocx, suggestedFileName, type ExportOptions } from './agendaDocx';

/** Today as an ISO date in the machine's own time zone: the date a person expects on the cover. */
export function localIsoDate(date = new Date()): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * What a handler for "export this agenda to Word" needs: the file's bytes and a name to offer in the save dialog.
 * A frozen revision is exported with its fingerprint and valid signatures; the draft is marked CONCEPT, unless it
 * is exactly a frozen revision, which is then exported as that revision.
 */
export async function exportAgendaById(db: Db, id: string, revisionNumber: number | null = null, generatedOn = localIsoDate()): Promise<{ fileName: string; data: Buffer }> {
  const [draft, reference, jobs, predecessor] = await Promise.all([loadAgenda(db, id), getReference(db), loadJobs(db, id), predecessorForExport(db, id, generatedOn)]);
  const number = revisionNumber ?? (await hasRevisions(db, id) ? (await signoffOverview(db, id)).draftRevisionNumber : null);
  if (number === null) {
    const data = await exportAgendaDocx(draft, reference, { draft: true, generatedOn, revision: null, jobs, signatures: [], predecessor });
    return { fileName: suggestedFileName(draft), data };
  }
  const { agenda, revision } = await getRevision(db, id, number);
  const signatures = revision.signatures.filter((signature) => signature.valid)
    .map(({ signatoryId, signerName, signerFunction, signedOn, keyFingerprint, keyState }) => ({ signatoryId, signerName, signerFunction, signedOn, keyFingerprint, keyState }));
  const shown = { number, fingerprint: revision.fingerprint, keys: revision.keys, vastgesteld: revision.vastgesteld };
  const data = await exportAgendaDocx(agenda, reference, { draft: false, generatedOn, revision: shown, jobs, signatures, predecessor });
  return { fileName: suggestedFileName(agenda, number), data };
}
