import { createContext, useContext } from 'react';
import type { ApiInput, ApiOutput, Channel } from '../../../shared/api';
import type { Gap } from '../../../shared/completeness';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import type { PlanDelta } from '../../../shared/domain/planChange';

/** The channels that change an agenda: edits answer with what changed, a few cycle channels with the whole agenda. */
export type MutationChannel = { [C in Channel]: ApiOutput<C> extends PlanDelta ? C : never }[Channel] | 'agenda.linkPredecessor' | 'agenda.draftLookback';

export type SaveResult<C extends MutationChannel = MutationChannel> = { ok: true; answer: ApiOutput<C> } | { ok: false; error: string };

/** What changes an agenda; the same functions for the editor's whole life, so memoised cards keep them as props. */
export interface EditorActions {
  /** Runs one mutation (queued, in order), merges its answer into the agenda and updates the save status. */
  save: <C extends MutationChannel>(channel: C, input: ApiInput<C>) => Promise<SaveResult<C>>;
  /** The same, for a field: resolves to the Dutch error to show under it, or null. */
  saveField: <C extends MutationChannel>(channel: C, input: ApiInput<C>) => Promise<string | null>;
  setActionOpen: (id: string, open: boolean) => void;
  /** The agenda as it is now, for a handler that needs more of it than its card was given. */
  latest: () => AgendaDetail;
}

export interface Editor extends EditorActions {
  agenda: AgendaDetail;
  openActionIds: ReadonlySet<string>;
}

/** The completeness check of the current agenda, computed once per change; byItem holds each item's own gaps. */
export interface Findings {
  gaps: readonly Gap[];
  score: number;
  typeCount: number;
  byItem: ReadonlyMap<string, readonly Gap[]>;
}

export const EditorActionsContext = createContext<EditorActions | null>(null);
export const EditorContext = createContext<Editor | null>(null);
export const FindingsContext = createContext<Findings | null>(null);

/** The agenda and everything to change it: for sections, which render again on every change. */
export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside AgendaEditor');
  return editor;
}

/** Only the functions that change the agenda: for what is inside a card, which must not render again when another card changes. */
export function useEditorActions(): EditorActions {
  const actions = useContext(EditorActionsContext);
  if (!actions) throw new Error('useEditorActions outside AgendaEditor');
  return actions;
}

export function useFindings(): Findings {
  const findings = useContext(FindingsContext);
  if (!findings) throw new Error('useFindings outside AgendaEditor');
  return findings;
}
