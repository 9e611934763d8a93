import type { SaveState } from './useSaveQueue';

/** "Alle wijzigingen opgeslagen" / "Bezig met opslaan…" / "Niet opgeslagen: <reden>". */
export function SaveStatus({ state }: { state: SaveState }) {
  const text = state.kind === 'saved' ? 'Alle wijzigingen opgeslagen'
    : state.kind === 'saving' ? 'Bezig met opslaan…'
      : `Niet opgeslagen: ${state.message}`;
  return <p role="status" className={`wa-save-status wa-save-status--${state.kind}`}>{text}</p>;
}
