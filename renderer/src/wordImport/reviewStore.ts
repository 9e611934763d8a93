import type { WordProposal } from '../../../shared/domain/wordImport';
import type { ReviewState } from './reviewState';

/*
 * The review in progress is kept in this window's sessionStorage, so a reload, or a look at
 * another screen and back, keeps every correction; it goes when the concept is made or the
 * review is cancelled. Read back in loadReview.ts, through the proposal's schema; writing
 * needs no schema, so the start screen's Word card does not load one.
 */
export const storageKey = 'werkagenda.wordReview.v1';

export interface StoredReview { proposal: WordProposal; state: ReviewState }

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
