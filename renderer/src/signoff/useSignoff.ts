import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ApiInput } from '../../../shared/api';
import type { AuditEvent, SignoffOverview } from '../../../shared/domain/signoff';
import { ApiCallError, errorMessage, invoke } from '../api/client';

/** The result of one call, with the core's Dutch message and the field it is about. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; error: string; field?: string };

export async function attempt<T>(call: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error: errorMessage(error), field: error instanceof ApiCallError ? error.field : undefined };
  }
}

/** The channels that change the sign-off state; each answers with the whole overview. */
export type SignoffChannel = 'revision.freeze' | 'remark.create' | 'remark.setResolved' | 'signature.sign' | 'key.confirm';

export interface SignoffState {
  overview: SignoffOverview;
  events: AuditEvent[];
  /** Runs a change, shows its answer and refreshes the Logboek. */
  run: <C extends SignoffChannel>(channel: C, input: ApiInput<C>) => Promise<Attempt<SignoffOverview>>;
  /** Saves "Uw naam" for next time when it changed. */
  rememberName: (name: string) => Promise<void>;
  refreshAudit: () => Promise<void>;
}

/** Loads the sign-off overview and the Logboek of one agenda. */
export function useSignoff(agendaId: string) {
  const [overview, setOverview] = useState<SignoffOverview | null>(null);
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setOverview(null);
    setLoadError(null);
    Promise.all([invoke('signoff.get', { agendaId }), invoke('audit.list', { agendaId })]).then(
      ([loaded, audit]) => {
        if (!current) return;
        setOverview(loaded);
        setEvents(audit.events);
      },
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [agendaId]);

  const refreshAudit = useCallback(async () => {
    const result = await attempt(() => invoke('audit.list', { agendaId }));
    if (result.ok) setEvents(result.value.events);
  }, [agendaId]);

  const run = useCallback(async <C extends SignoffChannel>(channel: C, input: ApiInput<C>) => {
    const result = await attempt(() => invoke(channel, input) as Promise<SignoffOverview>);
    if (result.ok) {
      setOverview(result.value);
      await refreshAudit();
    }
    return result;
  }, [refreshAudit]);

  const userName = overview?.userName ?? '';
  const rememberName = useCallback(async (name: string) => {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed === userName) return;
    const result = await attempt(() => invoke('settings.update', { userName: trimmed }));
    if (result.ok) setOverview((current) => (current ? { ...current, userName: result.value.userName } : current));
  }, [userName]);

  const state = useMemo<SignoffState | null>(
    () => (overview ? { overview, events, run, rememberName, refreshAudit } : null),
    [overview, events, run, rememberName, refreshAudit],
  );
  return { state, loadError };
}

export const SignoffContext = createContext<SignoffState | null>(null);

export function useSignoffState(): SignoffState {
  const state = useContext(SignoffContext);
  if (!state) throw new Error('useSignoffState outside SignoffContext');
  return state;
}
