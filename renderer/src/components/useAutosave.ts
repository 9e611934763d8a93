import { useCallback, useEffect, useRef, useState } from 'react';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

interface Options<T> {
  /** The value as the server last returned it, formatted for the input. */
  serverText: string;
  parse: (text: string) => Parsed<T>;
  /** Saves the parsed value; resolves to a Dutch error message or null. */
  commit: (value: T) => Promise<string | null>;
  delay?: number;
}

/**
 * Autosave for a text-like input: saves after `delay` ms without typing and on
 * blur, validates first (invalid input is shown and not saved), and never
 * overwrites what the person is typing with a server answer. Text that could not be saved stays in the
 * field with its message, and is sent again on the next edit or when the field is left.
 */
export function useAutosave<T>({ serverText, parse, commit, delay = 600 }: Options<T>) {
  const [text, setText] = useState(serverText);
  const [error, setError] = useState<string | null>(null);
  const [settled, setSettled] = useState(0);
  const focused = useRef(false);
  const pending = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSent = useRef(serverText);
  // Text whose save was refused or failed: it stays in the field, marked, until a later save succeeds.
  const unsaved = useRef(false);
  const latest = useRef({ parse, commit });
  latest.current = { parse, commit };

  useEffect(() => {
    if (focused.current || pending.current > 0 || timer.current !== undefined || unsaved.current) return;
    setText(serverText);
    lastSent.current = serverText;
  }, [serverText, settled]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const flush = useCallback(async (value: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const parsed = latest.current.parse(value);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    if (value === lastSent.current) return;
    const previous = lastSent.current;
    lastSent.current = value;
    pending.current += 1;
    const problem = await latest.current.commit(parsed.value);
    pending.current -= 1;
    unsaved.current = problem !== null;
    if (problem) {
      setError(problem);
      lastSent.current = previous;
    }
    setSettled((count) => count + 1);
  }, []);

  const inputProps = {
    value: text,
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setText(value);
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
