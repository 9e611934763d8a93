import type { AgendaDetail, AgendaStatus } from '../../../../shared/domain/agenda';
import { revisionContentOf } from '../../../../shared/revisionContent';
import type { Db, Trx } from '../common';
import { hashContent } from './crypto';
import { loadRevisions, loadSignatures } from './store';
import { statusOf, summariseRevisions } from './verify';

/** The status of a loaded agenda; an agenda that was never frozen is a concept without any hashing. */
export async function derivedStatus(db: Db | Trx, agenda: AgendaDetail): Promise<AgendaStatus> {
  const revisions = await loadRevisions(db, agenda.id);
  if (revisions.length === 0) return 'concept';
  const signatures = await loadSignatures(db, agenda.id);
  return statusOf(hashContent(revisionContentOf(agenda)).hash, summariseRevisions(revisions, signatures));
}
