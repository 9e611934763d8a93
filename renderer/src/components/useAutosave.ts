import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { connectionLostMessage } from '../api/client';
import { markUnsaved } from '../api/unsaved';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

interface Options<T> {
  /** The value as the server last returned it, formatted for the input. */
  serverText: string;
  parse: (text: string) => Parsed<T>;
  /** Saves the parsed value; resolves to a Dutch error message or null. */
  commit: (value: T) => Promise<string | null>;
  delay?: number;
}

/** After a lost connection a save is tried again by itself, at growing intervals. */
const retryDelays = [2_000, 5_000, 10_000, 30_000];

/**
 * Autosave for a text-like input: saves after `delay` ms without typing and on
 * blur, validates first (invalid input is shown and not saved), and never
 * overwrites what the person is typing with a server answer. Text that could not
 * be saved stays in the field with its message, counts as unsaved (a warning before
 * leaving the app), and is sent again on the next edit, on leaving the field, and by
 * itself once the connection is back.
 */
export function useAutosave<T>({ serverText, parse, commit, delay = 600 }: Options<T>) {
  const fieldId = useId();
  const [text, setText] = useState(serverText);
  const [error, setError] = useState<string | null>(null);
  const [settled, setSettled] = useState(0);
  const focused = useRef(false);
  const pending = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retry = useRef<{ timer: ReturnType<typeof setTimeout> | undefined; attempt: number }>({ timer: undefined, attempt: 0 });
  const lastSent = useRef(serverText);
  const current = useRef(serverText);
  // Text whose save was refused or failed: it stays in the field, marked, until a later save succeeds.
  const unsaved = useRef(false);
  const latest = useRef({ parse, commit });
  latest.current = { parse, commit };

  useEffect(() => {
    if (focused.current || pending.current > 0 || timer.current !== undefined || unsaved.current) return;
    setText(serverText);
    current.current = serverText;
    lastSent.current = serverText;
  }, [serverText, settled]);

  useEffect(() => () => {
    clearTimeout(timer.current);
    clearTimeout(retry.current.timer);
    markUnsaved(fieldId, false);
  }, [fieldId]);

  const flush = useCallback(async (value: string): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    clearTimeout(retry.current.timer);
    const parsed = latest.current.parse(value);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    if (value === lastSent.current) {
      if (!unsaved.current) markUnsaved(fieldId, false);
      return;
    }
    const previous = lastSent.current;
    lastSent.current = value;
    pending.current += 1;
    const problem = await latest.current.commit(parsed.value);
    pending.current -= 1;
    unsaved.current = problem !== null;
    if (problem) {
      const lost = problem === connectionLostMessage;
      setError(lost ? `${problem} De tekst blijft staan; we proberen het vanzelf opnieuw.` : problem);
      lastSent.current = previous;
      if (lost) {
        const wait = retryDelays[Math.min(retry.current.attempt, retryDelays.length - 1)]!;
        retry.current.attempt += 1;
        retry.current.timer = setTimeout(() => void flush(current.current), wait);
      }
    } else {
      retry.current.attempt = 0;
    }
    markUnsaved(fieldId, unsaved.current || current.current !== lastSent.current);
    setSettled((count) => count + 1);
  }, [fieldId]);

  const inputProps = {
    value: text,
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setText(value);
      current.current = value;
      markUnsaved(fieldId, true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(value), delay);
    },
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      void flush(text);
    },
  };
  return { text, error, inputProps };
}
