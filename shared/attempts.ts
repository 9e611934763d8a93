/**
 * Slows down guessing a signer's passphrase: the first few wrong tries are free,
 * after that each further try must wait, twice as long each time. The clock is
 * passed in so the rule can be tested without waiting. It lives in memory only:
 * a wrong passphrase must write nothing to the database.
 */
export interface AttemptLimiter {
  /** Milliseconds before this signer may try again; 0 when they may try now. */
  waitMs(key: string): number;
  failed(key: string): void;
  succeeded(key: string): void;
}

export interface AttemptRules { freeTries: number; firstDelayMs: number; maxDelayMs: number }
export const defaultAttemptRules: AttemptRules = { freeTries: 3, firstDelayMs: 5_000, maxDelayMs: 15 * 60_000 };

export function createAttemptLimiter(clock: () => number = Date.now, rules: AttemptRules = defaultAttemptRules): AttemptLimiter {
  const state = new Map<string, { failures: number; blockedUntil: number }>();
  return {
    waitMs: (key) => Math.max(0, (state.get(key)?.blockedUntil ?? 0) - clock()),
    failed: (key) => {
      const failures = (state.get(key)?.failures ?? 0) + 1;
      const delay = failures < rules.freeTries ? 0 : Math.min(rules.maxDelayMs, rules.firstDelayMs * 2 ** (failures - rules.freeTries));
      state.set(key, { failures, blockedUntil: clock() + delay });
    },
    succeeded: (key) => {
      state.delete(key);
    },
  };
}

/** "Probeer het over 10 seconden opnieuw." / "… over 2 minuten …" */
export function waitWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `Probeer het over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} opnieuw.`;
  const minutes = Math.ceil(seconds / 60);
  return `Probeer het over ${minutes} minuten opnieuw.`;
}
