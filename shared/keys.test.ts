import { describe, expect, it } from 'vitest';
import { isNewKey, keyCheckOf, keyStateOf, readableKeyFingerprint, sameKeyFingerprint, statusWords, vastgesteldWords } from './keys';

const jan = 'a1b2c3d4-5555-4d8e-9f0a-1b2c3d4e5f60';
const piet = 'b1b2c3d4-5555-4d8e-9f0a-1b2c3d4e5f61';
const keyA = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'; // SHA-256 of "abc"
const keyB = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'; // SHA-256 of ""

describe('readableKeyFingerprint', () => {
  it('gives four groups of five digits from 40-bit slices of the hash', () => {
    const groups = readableKeyFingerprint(keyA).split(' ');
    expect(groups).toHaveLength(4);
    expect(groups.every((group) => /^\d{5}$/.test(group))).toBe(true);
    // The first group by hand: 0xba7816bf8f modulo 100000.
    expect(groups[0]).toBe(String(0xba7816bf8f % 100000).padStart(5, '0'));
    expect(readableKeyFingerprint(keyB)).not.toBe(readableKeyFingerprint(keyA));
  });

  it('refuses anything but a SHA-256 in hex', () => {
    expect(() => readableKeyFingerprint('abc')).toThrow();
  });

  it('matches what was typed while the signer read it out, spaces and dashes aside', () => {
    const shown = readableKeyFingerprint(keyA);
    expect(sameKeyFingerprint(shown.replaceAll(' ', ''), shown)).toBe(true);
    expect(sameKeyFingerprint(shown.replaceAll(' ', '-'), shown)).toBe(true);
    expect(sameKeyFingerprint(readableKeyFingerprint(keyB), shown)).toBe(false);
    expect(sameKeyFingerprint('', shown)).toBe(false);
    expect(sameKeyFingerprint(`${shown.slice(0, -1)}x`, shown)).toBe(false);
  });
});

describe('key states', () => {
  it('confirmed for that signatory, another key than the confirmed one, or not confirmed yet', () => {
    const confirmed = [{ signatoryId: jan, keyId: keyA }];
    expect(keyStateOf(jan, keyA, confirmed)).toBe('bevestigd');
    expect(keyStateOf(jan, keyB, confirmed)).toBe('andere_sleutel');
    expect(keyStateOf(piet, keyB, confirmed)).toBe('onbevestigd');
    // A key confirmed for Jan says nothing about Piet.
    expect(keyStateOf(piet, keyA, confirmed)).toBe('onbevestigd');
    expect(keyStateOf(jan, keyB, [...confirmed, { signatoryId: jan, keyId: keyB }])).toBe('bevestigd');
  });

  it('calls a key new when the same signatory signed earlier with another', () => {
    const all = [
      { signatoryId: jan, keyId: keyA, createdAt: '2026-02-04T10:00:00.000Z' },
      { signatoryId: jan, keyId: keyB, createdAt: '2026-05-01T10:00:00.000Z' },
      { signatoryId: piet, keyId: keyB, createdAt: '2026-01-01T10:00:00.000Z' },
    ];
    expect(isNewKey(all[0]!, all)).toBe(false);
    expect(isNewKey(all[1]!, all)).toBe(true);
    expect(isNewKey(all[2]!, all)).toBe(false);
  });

  it('counts required signatories by their valid signatures only', () => {
    const signatories = [{ id: jan, required: true }, { id: piet, required: true }, { id: 'optioneel', required: false }];
    expect(keyCheckOf(signatories, [
      { signatoryId: jan, valid: true, keyState: 'bevestigd' },
      { signatoryId: piet, valid: false, keyState: 'bevestigd' },
      { signatoryId: 'optioneel', valid: true, keyState: 'bevestigd' },
    ])).toEqual({ required: 2, confirmed: 1, otherKey: 0 });
    expect(keyCheckOf(signatories, [
      { signatoryId: jan, valid: true, keyState: 'bevestigd' },
      { signatoryId: piet, valid: true, keyState: 'andere_sleutel' },
    ])).toEqual({ required: 2, confirmed: 1, otherKey: 1 });
  });
});

describe('status words', () => {
  it('say for vastgesteld whether the keys are confirmed here', () => {
    expect(vastgesteldWords({ required: 2, confirmed: 2, otherKey: 0 })).toBe('Vastgesteld (2 van 2 sleutels bevestigd)');
    expect(vastgesteldWords({ required: 1, confirmed: 1, otherKey: 0 })).toBe('Vastgesteld (1 van 1 sleutel bevestigd)');
    expect(vastgesteldWords({ required: 2, confirmed: 1, otherKey: 0 })).toBe('Vastgesteld met onbevestigde sleutels (1 van 2 sleutels bevestigd)');
    expect(vastgesteldWords({ required: 1, confirmed: 0, otherKey: 1 })).toBe('Vastgesteld met een andere sleutel dan eerder bevestigd (0 van 1 sleutel bevestigd)');
    expect(statusWords('ter_ondertekening', { required: 1, confirmed: 0, otherKey: 0 })).toBe('Ter ondertekening');
    expect(statusWords('vastgesteld', { required: 1, confirmed: 0, otherKey: 0 })).toBe('Vastgesteld met onbevestigde sleutels (0 van 1 sleutel bevestigd)');
  });
});
