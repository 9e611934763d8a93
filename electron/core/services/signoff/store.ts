import type { SignatureRecord } from '../../../../shared/domain/signoff';
import type { ConfirmedKeyRef } from '../../../../shared/keys';
import type { Db, Trx } from '../common';
import type { StoredRevision } from './verify';

export function loadRevisions(db: Db | Trx, agendaId: string): Promise<StoredRevision[]> {
  return db.selectFrom('revisions').select(['id', 'agendaId', 'number', 'hash', 'content', 'frozenAt', 'frozenBy', 'freezePublicKey', 'freezeSignature'])
    .where('agendaId', '=', agendaId).orderBy('number').execute();
}

export function loadSignatures(db: Db | Trx, agendaId: string): Promise<SignatureRecord[]> {
  return db.selectFrom('signatures').selectAll().where('agendaId', '=', agendaId).orderBy('createdAt').execute();
}

export async function hasRevisions(db: Db | Trx, agendaId: string): Promise<boolean> {
  return (await db.selectFrom('revisions').select('id').where('agendaId', '=', agendaId).limit(1).executeTakeFirst()) !== undefined;
}

/** The keys this installation trusts, per signatory. */
export function loadConfirmedKeys(db: Db | Trx): Promise<ConfirmedKeyRef[]> {
  return db.selectFrom('confirmedKeys').select(['signatoryId', 'keyId']).execute();
}
