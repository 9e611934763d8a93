import type { AgendaDetail, AgendaStatus } from '../../../../shared/domain/agenda';
import type { KeyCheck } from '../../../../shared/domain/keys';
import { revisionContentOf } from '../../../../shared/revisionContent';
import type { Db, Trx } from '../common';
import { hashContent } from './crypto';
import { revisionsOf } from './states';
import { statusOfDraft } from './verify';

export interface SignoffState { status: AgendaStatus; vastgesteldNumber: number | null; vastgesteldKeys: KeyCheck | null }

/**
 * The status of a loaded agenda, its newest vastgestelde version and how far that
 * version's keys are confirmed here; an agenda never frozen is a concept without any hashing.
 */
export async function signoffState(db: Db | Trx, agenda: Omit<AgendaDetail, 'status'>): Promise<SignoffState> {
  // The status is the draft's: its own hash against the checked revisions, whose contents need not be read (states.ts).
  const summaries = (await revisionsOf(db, [agenda.id])).get(agenda.id)?.summaries;
  if (!summaries) return { status: 'concept', vastgesteldNumber: null, vastgesteldKeys: null };
  const vastgesteld = summaries.filter((revision) => revision.vastgesteld).at(-1);
  return {
    status: statusOfDraft(summaries, hashContent(revisionContentOf(agenda)).hash),
    vastgesteldNumber: vastgesteld?.number ?? null,
    vastgesteldKeys: vastgesteld?.keys ?? null,
  };
}

