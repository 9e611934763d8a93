import { useCallback, useEffect, useState } from 'react';
import type { GoodExample, GoodExampleFields } from '../../../shared/domain/examples';
import { errorMessage, invoke } from '../api/client';

/** The good examples of one agenda's actions, with saving and removing; failures come back as a Dutch message. */
export function useGoodExamples(agendaId: string) {
  const [examples, setExamples] = useState<GoodExample[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    invoke('goodExample.list', { agendaId }).then((result) => { if (current) setExamples(result.examples); }, (error: unknown) => { if (current) setLoadError(errorMessage(error)); });
    return () => { current = false; };
  }, [agendaId]);

  const save = useCallback(async (actionId: string, fields: GoodExampleFields): Promise<string | null> => {
    try {
      setExamples((await invoke('goodExample.save', { actionId, ...fields })).examples);
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  }, []);
  const remove = useCallback(async (actionId: string): Promise<string | null> => {
    try {
      setExamples((await invoke('goodExample.delete', { actionId })).examples);
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  }, []);
  return { examples, loadError, save, remove };
}

export type GoodExamples = ReturnType<typeof useGoodExamples>;
