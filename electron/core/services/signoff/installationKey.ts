import type { Db, Trx } from '../common';
import { generateSignerKey } from './crypto';

/**
 * This installation's own Ed25519 key: it signs who froze a revision and when, and
 * every exchange file this installation exports. Made once, on first use, kept in
 * the settings beside the installation id; the private half never leaves the database
 * (buildExchangeFile never reads it).
 */
export async function installationKey(db: Db | Trx): Promise<{ publicKey: string; privateKey: string }> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', ['installation_public_key', 'installation_private_key']).execute();
  const publicKey = rows.find((row) => row.key === 'installation_public_key')?.value;
  const privateKey = rows.find((row) => row.key === 'installation_private_key')?.value;
  if (publicKey && privateKey) return { publicKey, privateKey };
  const key = generateSignerKey();
  await db.insertInto('settings').values([
    { key: 'installation_public_key', value: key.publicKey }, { key: 'installation_private_key', value: key.privateKey },
  ]).onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') }))).execute();
  return key;
}
