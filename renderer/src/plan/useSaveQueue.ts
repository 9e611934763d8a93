import { useCallback, useRef, useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import { errorMessage, invoke } from '../api/client';
import type { MutationChannel, SaveResult } from './EditorContext';
import { cancelledMessage } from './useChangeGuard';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; message: string };

/**
 * Every mutation goes through one queue so answers arrive in the order the
 * changes were made; each answer (the whole agenda) replaces the state.
 */
export function useSaveQueue(setAgenda: (agenda: AgendaDetail) => void, allow: (channel: MutationChannel) => Promise<boolean> = () => Promise.resolve(true)) {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  const save = useCallback(<C extends MutationChannel>(channel: C, input: ApiInput<C>): Promise<SaveResult> => {
    pending.current += 1;
    setState({ kind: 'saving' });
    const run = async (): Promise<SaveResult> => {
      try {
        const agenda = (await invoke(channel, input)) as AgendaDetail;
        setAgenda(agenda);
        pending.current -= 1;
        if (pending.current === 0) setState((current) => (current.kind === 'error' ? current : { kind: 'saved' }));
        return { ok: true, agenda };
      } catch (error) {
        pending.current -= 1;
        const message = errorMessage(error);
        setState({ kind: 'error', message });
        return { ok: false, error: message };
      }
    };
    const result = queue.current.then(run, run);
    queue.current = result;
    return result;
  }, [setAgenda]);

  /** A later successful save clears an earlier error in the status line. */
  const saveAndClear = useCallback(async <C extends MutationChannel>(channel: C, input: ApiInput<C>): Promise<SaveResult> => {
    if (!(await allow(channel))) return { ok: false, error: cancelledMessage };
    const result = await save(channel, input);
    if (result.ok && pending.current === 0) setState({ kind: 'saved' });
    return result;
  }, [save, allow]);

  const saveField = useCallback(async <C extends MutationChannel>(channel: C, input: ApiInput<C>): Promise<string | null> => {
    const result = await saveAndClear(channel, input);
    return result.ok ? null : result.error;
  }, [saveAndClear]);

  return { state, save: saveAndClear, saveField };
}
