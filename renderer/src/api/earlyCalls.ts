import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput } from '../../../shared/api';
import { errorMessage, invoke } from './client';

/*
 * The calls the first screen needs, sent while React and the screens are still loading
 * (main.tsx starts them before it runs the rest), so the first render usually has their
 * answers instead of asking one after the other. Handed out during the first render only:
 * a screen opened later asks the core again and so never shows an old list.
 */
type EarlyChannel = 'reference.get' | 'agenda.list';
interface Early { call: Promise<unknown>; answer?: { value: unknown } }
const started = new Map<EarlyChannel, Early>();

// Both early channels take no input.
const ask = (channel: EarlyChannel): Promise<unknown> => invoke(channel, {});

function start(channel: EarlyChannel) {
  const early: Early = { call: ask(channel) };
  // A failure is the taker's to show; nobody taking it is no unhandled failure.
  early.call.then((value) => { early.answer = { value }; }, () => undefined);
  started.set(channel, early);
}

/** Starts the reference data, and on the start screen (`hash` '', '#' or '#/') the list of agendas. */
export function startEarlyCalls(hash: string): void {
  start('reference.get');
  if (hash === '' || hash === '#' || hash === '#/') start('agenda.list');
}

type EarlyAnswer<C extends EarlyChannel> = { value: ApiOutput<C> } | { call: Promise<ApiOutput<C>> };

/** The early call's answer when it has come (show it in the first render), else its promise; undefined when none was started or it has been handed out. */
function takeEarlyCall<C extends EarlyChannel>(channel: C): EarlyAnswer<C> | undefined {
  const early = started.get(channel);
  if (!early) return undefined;
  // React's StrictMode renders a screen twice in a row; both renders get the same answer.
  setTimeout(() => started.delete(channel), 0);
  return (early.answer ?? { call: early.call }) as EarlyAnswer<C>;
}

/**
 * A screen's answer on `channel`: first the early call's when main.tsx started one, else asked
 * now; `reload` asks again and shows the new answer, or its Dutch error, the same way.
 */
export function useEarlyCall<C extends EarlyChannel>(channel: C) {
  const [early] = useState(() => takeEarlyCall(channel));
  const [value, setValue] = useState<ApiOutput<C> | null>(early && 'value' in early ? early.value : null);
  const [error, setError] = useState<string | null>(null);
  const show = useCallback((call: Promise<ApiOutput<C>>, isCurrent: () => boolean = () => true) => call.then(
    (answer) => { if (isCurrent()) { setValue(answer); setError(null); } },
    (failure: unknown) => { if (isCurrent()) setError(errorMessage(failure)); },
  ), []);
  useEffect(() => {
    if (early && 'value' in early) return;
    let current = true;
    void show(early?.call ?? (ask(channel) as Promise<ApiOutput<C>>), () => current);
    return () => { current = false; };
  }, [early, channel, show]);
  const reload = useCallback(() => show(ask(channel) as Promise<ApiOutput<C>>), [channel, show]);
  return { value, setValue, error, reload };
}
