import { createPrivateKey, hash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { readableKeyFingerprint } from '../../../../shared/keys';
import { canonicalJson } from '../../../../shared/canonical';
import type { RevisionContent } from '../../../../shared/domain/signoff';

/** SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  // One-shot: the start list hashes thousands of short statements, where a Hash object costs more than the hashing.
  return hash('sha256', text, 'hex');
}

/** The canonical bytes of a revision's content and their hash: what is frozen and signed. */
export function hashContent(content: RevisionContent): { canonical: string; hash: string } {
  const canonical = canonicalJson(content);
  return { canonical, hash: sha256Hex(canonical) };
}

/** A new Ed25519 key pair, as DER in base64 (SPKI public, PKCS#8 private). */
export function generateSignerKey(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

export function signText(privateKeyBase64: string, text: string): string {
  const key = createPrivateKey({ key: Buffer.from(privateKeyBase64, 'base64'), format: 'der', type: 'pkcs8' });
  return sign(null, Buffer.from(text, 'utf8'), key).toString('base64');
}

/** Base64 that decodes and encodes back to itself: Node ignores stray padding bits, so two spellings could otherwise verify alike. */
const strictBase64 = (value: string) => Buffer.from(value, 'base64').toString('base64') === value;

/** True only for a well-formed Ed25519 key and a signature that verifies; never throws. */
export function verifyText(publicKeyBase64: string, text: string, signatureBase64: string): boolean {
  if (!strictBase64(publicKeyBase64) || !strictBase64(signatureBase64)) return false;
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

/** A key's identity: the SHA-256 of its SPKI bytes, in hex. Its readable form is readableKeyFingerprint (shared/keys.ts). */
export function keyIdOf(publicKeyBase64: string): string {
  return hash('sha256', Buffer.from(publicKeyBase64, 'base64'), 'hex');
}

/** A key's fingerprint as people read it out ("12345 67890 …"): the same form for signer keys and installation keys. */
export function keyFingerprint(publicKeyBase64: string): string {
  return readableKeyFingerprint(keyIdOf(publicKeyBase64));
}
