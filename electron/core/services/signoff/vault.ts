import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/**
 * A private key sealed under a passphrase: AES-256-GCM with a key derived by scrypt
 * from the passphrase and a random salt. The parameters are stored beside the
 * ciphertext so they can be raised later without breaking keys sealed before.
 * The associated data binds the sealed key to its signatory and public key, so a
 * sealed key copied onto another row does not open.
 */
const SealedSchema = z.object({
  v: z.literal(1),
  kdf: z.literal('scrypt'),
  N: z.number().int().min(1024).max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
  data: z.string(),
});

const params = { N: 2 ** 15, r: 8, p: 1 };

function derive(passphrase: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { N: options.N, r: options.r, p: options.p, maxmem: 256 * options.N * options.r };
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, scryptOptions, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const aadOf = (signatoryId: string, publicKey: string) => Buffer.from(`werkagenda-sleutel\n${signatoryId}\n${publicKey}`, 'utf8');

export async function sealPrivateKey(privateKeyBase64: string, passphrase: string, signatoryId: string, publicKey: string): Promise<string> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await derive(passphrase, salt, params);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aadOf(signatoryId, publicKey));
  const data = Buffer.concat([cipher.update(Buffer.from(privateKeyBase64, 'base64')), cipher.final()]);
  return JSON.stringify({
    v: 1, kdf: 'scrypt', ...params,
    salt: salt.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64'),
  });
}

/** The private key (PKCS#8 DER in base64), or null when the passphrase is wrong or the sealed key does not belong to this public key. */
export async function openSealedKey(sealed: string, passphrase: string, signatoryId: string, publicKey: string): Promise<string | null> {
  const parsed = SealedSchema.safeParse(JSON.parse(sealed));
  if (!parsed.success) return null;
  const { salt, iv, tag, data, ...options } = parsed.data;
  const key = await derive(passphrase, Buffer.from(salt, 'base64'), options);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAAD(aadOf(signatoryId, publicKey));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const der = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
    const derivedPublic = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ type: 'spki', format: 'der' }).toString('base64');
    return derivedPublic === publicKey ? der.toString('base64') : null;
  } catch {
    return null;
  }
}
