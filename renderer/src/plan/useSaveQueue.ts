import { useCallback, useRef, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../../shared/api';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import type { PlanDelta } from '../../../shared/domain/planChange';
import { mergePlanDelta } from '../../../shared/planMerge';
import { errorMessage, invoke } from '../api/client';
import type { MutationChannel, SaveResult } from './EditorContext';
import { createSaveStatusStore } from './saveStatusStore';
import { cancelledMessage } from './useChangeGuard';

export type { SaveState } from './saveStatusStore';

const isDelta = (answer: PlanDelta | AgendaDetail): answer is PlanDelta => 'change' in answer;

/** The agenda after an answer: an edit's change merged in, or the whole agenda a cycle channel sends. */
export function applyAnswer(agenda: AgendaDetail | null, answer: PlanDelta | AgendaDetail): AgendaDetail | null {
  if (!isDelta(answer)) return answer;
  return agenda ? mergePlanDelta(agenda, answer) : agenda;
}

/**
 * Every mutation goes through one queue so answers arrive in the order the changes
 * were made; each answer is merged into the agenda. The functions returned stay the
 * same for the editor's life, and the save status is a store of its own.
 */
export function useSaveQueue(setAgenda: (update: (agenda: AgendaDetail | null) => AgendaDetail | null) => void, allow: (channel: MutationChannel) => Promise<boolean>) {
  const [status] = useState(createSaveStatusStore);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  const save = useCallback(<C extends MutationChannel>(channel: C, input: ApiInput<C>): Promise<SaveResult<C>> => {
    pending.current += 1;
    status.set({ kind: 'saving' });
    const run = async (): Promise<SaveResult<C>> => {
      try {
        const answer = (await invoke(channel, input)) as ApiOutput<C>;
        setAgenda((agenda) => applyAnswer(agenda, answer as PlanDelta | AgendaDetail));
        pending.current -= 1;
        if (pending.current === 0 && status.get().kind !== 'error') status.set({ kind: 'saved' });
        return { ok: true, answer };
      } catch (error) {
        pending.current -= 1;
        const message = errorMessage(error);
        status.set({ kind: 'error', message });
        return { ok: false, error: message };
      }
    };
    const result = queue.current.then(run, run);
    queue.current = result;
    return result;
  }, [setAgenda, status]);

  /** A later successful save clears an earlier error in the status line. */
  const saveAndClear = useCallback(async <C extends MutationChannel>(channel: C, input: ApiInput<C>): Promise<SaveResult<C>> => {
    if (!(await allow(channel))) return { ok: false, error: cancelledMessage };
    const result = await save(channel, input);
    if (result.ok && pending.current === 0) status.set({ kind: 'saved' });
    return result;
  }, [save, allow, status]);

  const saveField = useCallback(async <C extends MutationChannel>(channel: C, input: ApiInput<C>): Promise<string | null> => {
    const result = await saveAndClear(channel, input);
    return result.ok ? null : result.error;
  }, [saveAndClear]);

  return { status, save: saveAndClear, saveField };
}
