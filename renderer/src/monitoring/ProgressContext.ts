import { createContext, useContext } from 'react';
import type { ApiInput } from '../../../shared/api';
import type { monitoringApi } from '../../../shared/contract/monitoring';
import type { AgendaProgress } from '../../../shared/domain/monitoring';

export type ProgressChannel = Exclude<keyof typeof monitoringApi, 'progress.get'>;
export type ProgressSaveResult = { ok: true; progress: AgendaProgress } | { ok: false; error: string; field: string | undefined };

/** What the parts of the Voortgang screen share: the agenda's progress, a save that replaces it, and asking before deleting. */
export interface ProgressEditor {
  progress: AgendaProgress;
  save: <C extends ProgressChannel>(channel: C, input: ApiInput<C>) => Promise<ProgressSaveResult>;
  /** Opens the confirmation dialog; `afterDelete` moves focus to a sensible place. */
  confirmDelete: (request: DeleteRequest) => void;
}

export interface DeleteRequest {
  channel: 'progressNote.delete' | 'measurement.delete';
  id: string;
  title: string;
  body: string;
  afterDelete: () => void;
}

export const ProgressContext = createContext<ProgressEditor | null>(null);

export function useProgress(): ProgressEditor {
  const editor = useContext(ProgressContext);
  if (!editor) throw new Error('useProgress outside the Voortgang screen');
  return editor;
}
