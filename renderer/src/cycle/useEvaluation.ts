import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import type { AgendaEvaluation } from '../../../shared/domain/cycle';
import { errorMessage, invoke } from '../api/client';
import type { SaveState } from '../plan/useSaveQueue';

/** The channels that change the evaluation and answer with the whole of it. */
export type EvaluationChannel = 'evaluation.update' | 'foundKnelpunt.create' | 'foundKnelpunt.update' | 'foundKnelpunt.delete';
export type EvaluationSaveResult = { ok: true; evaluation: AgendaEvaluation } | { ok: false; error: string };

/** Loads the evaluation and runs every change through one queue, so answers arrive in the order the changes were made. */
export function useEvaluation(agendaId: string) {
  const [evaluation, setEvaluation] = useState<AgendaEvaluation | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);

  useEffect(() => {
    let current = true;
    setEvaluation(null);
    setLoadError(null);
    invoke('evaluation.get', { agendaId }).then(
      (loaded) => current && setEvaluation(loaded),
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [agendaId]);

  const save = useCallback(<C extends EvaluationChannel>(channel: C, input: ApiInput<C>): Promise<EvaluationSaveResult> => {
    pending.current += 1;
    setState({ kind: 'saving' });
    const run = async (): Promise<EvaluationSaveResult> => {
      try {
        const answer = (await invoke(channel, input)) as AgendaEvaluation;
        setEvaluation(answer);
        pending.current -= 1;
        if (pending.current === 0) setState((current) => (current.kind === 'error' ? current : { kind: 'saved' }));
        return { ok: true, evaluation: answer };
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
  }, []);

  /** For autosaving fields: resolves to a Dutch error message or null. */
  const saveField = useCallback(async <C extends EvaluationChannel>(channel: C, input: ApiInput<C>): Promise<string | null> => {
    const result = await save(channel, input);
    return result.ok ? null : result.error;
  }, [save]);

  /** Resolves once every change made so far has been answered. */
  const settled = useCallback(() => queue.current.then(() => undefined, () => undefined), []);

  return { evaluation, loadError, state, save, saveField, settled };
}

export type EvaluationEditor = { evaluation: AgendaEvaluation } & Pick<ReturnType<typeof useEvaluation>, 'save' | 'saveField' | 'settled'>;
export const EvaluationContext = createContext<EvaluationEditor | null>(null);

export function useEvaluationEditor(): EvaluationEditor {
  const editor = useContext(EvaluationContext);
  if (!editor) throw new Error('useEvaluationEditor outside EvaluationContext');
  return editor;
}
