export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; message: string };

export interface SaveStatusStore {
  get: () => SaveState;
  set: (state: SaveState) => void;
  subscribe: (listener: () => void) => () => void;
}

/**
 * The save status lives outside React state so that "Bezig met opslaan…" and back
 * re-render only the status line (useSyncExternalStore), not the editor's tree.
 */
export function createSaveStatusStore(): SaveStatusStore {
  let state: SaveState = { kind: 'saved' };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (next) => {
      if (next.kind === state.kind && (next.kind !== 'error' || (state.kind === 'error' && next.message === state.message))) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
