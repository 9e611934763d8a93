import { useCallback, useRef, useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import type { AgendaProgress } from '../../../shared/domain/monitoring';
import { ApiCallError, errorMessage, invoke } from '../api/client';
import type { SaveState } from '../plan/useSaveQueue';
import type { ProgressChannel, ProgressSaveResult } from './ProgressContext';

/**
 * Every change goes through one queue so answers arrive in the order the
 * changes were made; each answer (the whole progress) replaces the state.
 */
export function useProgressSave(setProgress: (progress: AgendaProgress) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  const save = useCallback(<C extends ProgressChannel>(channel: C, input: ApiInput<C>): Promise<ProgressSaveResult> => {
    pending.current += 1;
    setState({ kind: 'saving' });
    const run = async (): Promise<ProgressSaveResult> => {
      try {
        const progress = (await invoke(channel, input)) as AgendaProgress;
        setProgress(progress);
        pending.current -= 1;
        if (pending.current === 0) setState({ kind: 'saved' });
        return { ok: true, progress };
      } catch (error) {
        pending.current -= 1;
        const message = errorMessage(error);
        setState({ kind: 'error', message });
        return { ok: false, error: message, field: error instanceof ApiCallError ? error.field : undefined };
      }
    };
    const result = queue.current.then(run, run);
    queue.current = result;
    return result;
  }, [setProgress]);

  return { state, save };
}
