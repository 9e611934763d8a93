import { useSyncExternalStore } from 'react';
import type { SaveState, SaveStatusStore } from './saveStatusStore';

/** "Alle wijzigingen opgeslagen" / "Bezig met opslaan…" / "Niet opgeslagen: <reden>". */
export function SaveStatus({ state }: { state: SaveState }) {
  const text = state.kind === 'saved' ? 'Alle wijzigingen opgeslagen'
    : state.kind === 'saving' ? 'Bezig met opslaan…'
      : `Niet opgeslagen: ${state.message}`;
  return <p role="status" className={`wa-save-status wa-save-status--${state.kind}`}>{text}</p>;
}

/** The same line for the Plan editor, where only this line follows the save status. */
export function EditorSaveStatus({ store }: { store: SaveStatusStore }) {
  return <SaveStatus state={useSyncExternalStore(store.subscribe, store.get)} />;
}
