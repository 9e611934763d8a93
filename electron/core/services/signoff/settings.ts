import type { Settings } from '../../../../shared/domain/signoff';
import type { Db, Trx } from '../common';
import { keyFingerprint } from './crypto';
import { installationKey } from './installationKey';

/** This installation's id (named in exchange files) and the name of the person using it (for the audit trail). */
export async function getSettings(db: Db | Trx): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const value = (key: string) => rows.find((row) => row.key === key)?.value ?? '';
  const publicKey = value('installation_public_key');
  return { installationId: value('installation_id'), userName: value('user_name'), installationKeyFingerprint: publicKey ? keyFingerprint(publicKey) : '' };
}

/** The settings with the installation key made if it was not yet: its fingerprint is what the person reads out to receivers. */
export async function readSettings(db: Db): Promise<Settings> {
  await installationKey(db);
  return getSettings(db);
}

export async function updateUserName(db: Db, userName: string): Promise<Settings> {
  await db.updateTable('settings').set({ value: userName.trim() }).where('key', '=', 'user_name').execute();
  return readSettings(db);
}

/** Who an event is written down for when no name is given with it. */
export async function currentActor(db: Db | Trx): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'user_name').executeTakeFirst();
  return row?.value || 'Gebruiker van deze installatie';
}
