import { WordProposalSchema, type WordProposal } from '../../../shared/domain/wordImport';
import type { ReviewState } from './reviewState';

/*
 * The review in progress is kept in this window's sessionStorage, so a reload, or a look at
 * another screen and back, keeps every correction; it goes when the concept is made or the
 * review is cancelled. Read back through the proposal's schema: what an older version of the
 * app left there must not break the screen.
 */
const storageKey = 'werkagenda.wordReview.v1';

export interface StoredReview { proposal: WordProposal; state: ReviewState }

export function loadReview(): StoredReview | null {
  try {
    const text = sessionStorage.getItem(storageKey);
    if (!text) return null;
    const stored = JSON.parse(text) as { proposal?: unknown; state?: Partial<ReviewState> };
    const proposal = WordProposalSchema.safeParse(stored.proposal);
    const state = stored.state;
    if (!proposal.success || !state || state.fileName !== proposal.data.fileName || !Array.isArray(state.actions) || !state.texts) return null;
    return { proposal: proposal.data, state: state as ReviewState };
  } catch {
    return null;
  }
}

/** false when the storage is full or unavailable: the review then lives only as long as the screen. */
export function saveReview(review: StoredReview): boolean {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(review));
    return true;
  } catch {
    return false;
  }
}

export function forgetReview(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
