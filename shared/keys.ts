import type { AgendaStatus } from './domain/agenda';
import type { KeyCheck, KeyState } from './domain/keys';
import { agendaStatusLabels } from './labels';

/**
 * A key's fingerprint in four groups of five digits ("04217 88310 52967 10034"):
 * digits read out over the phone without confusing letters. Each group is 40 bits
 * of the key's SHA-256 taken modulo 100000, so about 66 bits in all: far more than
 * anyone can find a second key for.
 */
export function readableKeyFingerprint(keyIdHex: string): string {
  if (!/^[0-9a-f]{64}$/.test(keyIdHex)) throw new Error('readableKeyFingerprint: expects a SHA-256 in lowercase hex');
  return [0, 1, 2, 3].map((group) => (BigInt(`0x${keyIdHex.slice(group * 10, group * 10 + 10)}`) % 100000n).toString().padStart(5, '0')).join(' ');
}

/** Whether what someone typed while the signer read out is this fingerprint: only the digits count, not spaces or dashes. */
export function sameKeyFingerprint(typed: string, fingerprint: string): boolean {
  const digits = (text: string) => text.replace(/[\s\-.]/g, '');
  return /^\d+$/.test(digits(typed)) && digits(typed) === digits(fingerprint);
}

export interface ConfirmedKeyRef { signatoryId: string; keyId: string }

/**
 * The rule for a key in this installation: confirmed for that signatory; or another
 * key than the one(s) confirmed for them (a forgery or a replaced key: say so); or
 * simply not confirmed yet.
 */
export function keyStateOf(signatoryId: string, keyId: string, confirmed: readonly ConfirmedKeyRef[]): KeyState {
  const theirs = confirmed.filter((key) => key.signatoryId === signatoryId);
  if (theirs.some((key) => key.keyId === keyId)) return 'bevestigd';
  return theirs.length > 0 ? 'andere_sleutel' : 'onbevestigd';
}

export interface KeyedSignature { signatoryId: string; keyId: string; createdAt: string }

/** A signature is by a new key when the same signatory signed earlier with another key (after "Wachtwoordzin vergeten", or a forgery). */
export function isNewKey(signature: KeyedSignature, all: readonly KeyedSignature[]): boolean {
  return all.some((other) => other.signatoryId === signature.signatoryId && other.keyId !== signature.keyId && other.createdAt < signature.createdAt);
}

/** How the required signatories of a revision stand, from the states of their valid signatures. */
export function keyCheckOf(
  signatories: readonly { id: string; required: boolean }[],
  signatures: readonly { signatoryId: string; valid: boolean; keyState: KeyState }[],
): KeyCheck {
  const required = signatories.filter((person) => person.required);
  const validOf = (id: string) => signatures.filter((signature) => signature.valid && signature.signatoryId === id);
  return {
    required: required.length,
    confirmed: required.filter((person) => validOf(person.id).some((signature) => signature.keyState === 'bevestigd')).length,
    otherKey: required.filter((person) => {
      const valid = validOf(person.id);
      return valid.length > 0 && !valid.some((signature) => signature.keyState === 'bevestigd') && valid.some((signature) => signature.keyState === 'andere_sleutel');
    }).length,
  };
}

export const allKeysConfirmed = (keys: KeyCheck) => keys.required > 0 && keys.confirmed === keys.required;

export const keyStateLabels: Record<KeyState, string> = {
  bevestigd: 'sleutel bevestigd',
  onbevestigd: 'sleutel niet bevestigd',
  andere_sleutel: 'andere sleutel dan eerder bevestigd',
};

/** "2 van 2 sleutels bevestigd" */
export function keyCountWords(keys: KeyCheck): string {
  return `${keys.confirmed} van ${keys.required} ${keys.required === 1 ? 'sleutel' : 'sleutels'} bevestigd`;
}

/**
 * What a vastgestelde version amounts to in this installation, in the words every
 * screen and the Word signature page use: "Vastgesteld (2 van 2 sleutels bevestigd)",
 * "Vastgesteld met onbevestigde sleutels (1 van 2 sleutels bevestigd)" or
 * "Vastgesteld met een andere sleutel dan eerder bevestigd (…)".
 */
export function vastgesteldWords(keys: KeyCheck): string {
  if (allKeysConfirmed(keys)) return `Vastgesteld (${keyCountWords(keys)})`;
  if (keys.otherKey > 0) return `Vastgesteld met een andere sleutel dan eerder bevestigd (${keyCountWords(keys)})`;
  return `Vastgesteld met onbevestigde sleutels (${keyCountWords(keys)})`;
}

/** An agenda's status in words, saying for "vastgesteld" whether the keys are confirmed here. */
export function statusWords(status: AgendaStatus, keys: KeyCheck | null): string {
  return status === 'vastgesteld' && keys ? vastgesteldWords(keys) : agendaStatusLabels[status];
}
