import type { AgendaDetail, AgendaStatus } from '../../../../shared/domain/agenda';
import { revisionContentOf } from '../../../../shared/revisionContent';
import type { Db, Trx } from '../common';
import { hashContent } from './crypto';
import { loadRevisions, loadSignatures } from './store';
import { statusOf, summariseRevisions } from './verify';

/** The status of a loaded agenda and its newest vastgestelde version; an agenda never frozen is a concept without any hashing. */
export async function signoffState(db: Db | Trx, agenda: Omit<AgendaDetail, 'status'>): Promise<{ status: AgendaStatus; vastgesteldNumber: number | null }> {
  const revisions = await loadRevisions(db, agenda.id);
  if (revisions.length === 0) return { status: 'concept', vastgesteldNumber: null };
  const summaries = summariseRevisions(revisions, await loadSignatures(db, agenda.id));
  return {
    status: statusOf(hashContent(revisionContentOf(agenda)).hash, summaries),
    vastgesteldNumber: summaries.filter((revision) => revision.vastgesteld).at(-1)?.number ?? null,
  };
}

