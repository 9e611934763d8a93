import type { AgendaDetail, AgendaStatus } from '../../../../shared/domain/agenda';
import type { KeyCheck } from '../../../../shared/domain/keys';
import { revisionContentOf } from '../../../../shared/revisionContent';
import type { Db, Trx } from '../common';
import { hashContent } from './crypto';
import { loadConfirmedKeys, loadRevisions, loadSignatures } from './store';
import { checkedSummaries } from './checks';
import { statusOf } from './verify';

export interface SignoffState { status: AgendaStatus; vastgesteldNumber: number | null; vastgesteldKeys: KeyCheck | null }

/**
 * The status of a loaded agenda, its newest vastgestelde version and how far that
 * version's keys are confirmed here; an agenda never frozen is a concept without any hashing.
 */
export async function signoffState(db: Db | Trx, agenda: Omit<AgendaDetail, 'status'>): Promise<SignoffState> {
  const revisions = await loadRevisions(db, agenda.id);
  if (revisions.length === 0) return { status: 'concept', vastgesteldNumber: null, vastgesteldKeys: null };
  const summaries = await checkedSummaries(db, revisions, await loadSignatures(db, agenda.id), await loadConfirmedKeys(db));
  const vastgesteld = summaries.filter((revision) => revision.vastgesteld).at(-1);
  return {
    status: statusOf(hashContent(revisionContentOf(agenda)).hash, summaries),
    vastgesteldNumber: vastgesteld?.number ?? null,
    vastgesteldKeys: vastgesteld?.keys ?? null,
  };
}

