import { describe, expect, it } from 'vitest';
import { createAttemptLimiter, waitWords } from './attempts';

describe('slowing down wrong passphrases', () => {
  it('lets three wrong tries pass, then makes each next try wait twice as long, per signer', () => {
    let clock = 1_000_000;
    const limiter = createAttemptLimiter(() => clock, { freeTries: 3, firstDelayMs: 5_000, maxDelayMs: 60_000 });
    limiter.failed('jan');
    limiter.failed('jan');
    expect(limiter.waitMs('jan')).toBe(0);
    limiter.failed('jan');
    expect(limiter.waitMs('jan')).toBe(5_000);
    expect(limiter.waitMs('piet')).toBe(0);
    clock += 5_000;
    expect(limiter.waitMs('jan')).toBe(0);
    limiter.failed('jan');
    expect(limiter.waitMs('jan')).toBe(10_000);
    clock += 10_000;
    for (let i = 0; i < 10; i += 1) limiter.failed('jan');
    expect(limiter.waitMs('jan')).toBe(60_000);
    limiter.succeeded('jan');
    expect(limiter.waitMs('jan')).toBe(0);
  });

  it('says how long to wait in Dutch', () => {
    expect(waitWords(4_200)).toBe('Probeer het over 5 seconden opnieuw.');
    expect(waitWords(1_000)).toBe('Probeer het over 1 seconde opnieuw.');
    expect(waitWords(5 * 60_000)).toBe('Probeer het over 5 minuten opnieuw.');
  });
});
