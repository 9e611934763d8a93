import { useRef } from 'react';

/**
 * The previous value for as long as `equal` says nothing changed, so memoised children
 * keep their props when the agenda around them changes in a part they do not show.
 */
export function useStable<T>(value: T, equal: (a: T, b: T) => boolean): T {
  const kept = useRef(value);
  if (kept.current !== value && !equal(kept.current, value)) kept.current = value;
  return kept.current;
}
