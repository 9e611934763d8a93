import { WordProposalSchema } from '../../../shared/domain/wordImport';
import type { ReviewState } from './reviewState';
import { storageKey, type StoredReview } from './reviewStore';

/** The review kept in sessionStorage, or null; what an older version of the app left there must not break the screen. */
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
