import { createContext, useContext } from 'react';
import type { ApiInput, Channel } from '../../../shared/api';
import type { AgendaDetail } from '../../../shared/domain/agenda';

/** The channels that change an agenda; each answers with the whole updated agenda. */
export type MutationChannel = Exclude<{ [C in Channel]: C extends `${'agenda' | 'knelpunt' | 'action' | 'milestone' | 'target' | 'jobGoal' | 'unusedType' | 'signatory'}.${string}` ? C : never }[Channel], 'agenda.list' | 'agenda.create' | 'agenda.get' | 'agenda.delete' | 'agenda.restore'>;

export type SaveResult = { ok: true; agenda: AgendaDetail } | { ok: false; error: string };

export interface Editor {
  agenda: AgendaDetail;
  /** Runs one mutation (queued, in order), replaces the agenda with the answer and updates the save status. */
  save: <C extends MutationChannel>(channel: C, input: ApiInput<C>) => Promise<SaveResult>;
  /** The same, for a field: resolves to the Dutch error to show under it, or null. */
  saveField: <C extends MutationChannel>(channel: C, input: ApiInput<C>) => Promise<string | null>;
  openActionIds: ReadonlySet<string>;
  setActionOpen: (id: string, open: boolean) => void;
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside AgendaEditor');
  return editor;
}
