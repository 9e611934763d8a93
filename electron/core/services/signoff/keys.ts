import type { ConfirmKeyInput, LocalKey } from '../../../../shared/domain/keys';
import type { SignoffOverview } from '../../../../shared/domain/signoff';
import { AppError } from '../../../../shared/errors';
import { readableKeyFingerprint, sameKeyFingerprint } from '../../../../shared/keys';
import { loadAgenda } from '../plan/agendas';
import { now, type Db, type Trx } from '../common';
import { logEvent } from './audit';
import { keyIdOf } from './crypto';
import { signoffOverview } from './overview';
import { loadConfirmedKeys, loadRevisions, loadSignatures } from './store';
import { checkedSummaries } from './checks';

/** Which of these signatories have a key here, and whether it is behind a passphrase. Never reads out a private key. */
export async function localKeysOf(db: Db | Trx, signatoryIds: readonly string[]): Promise<LocalKey[]> {
  if (signatoryIds.length === 0) return [];
  const rows = await db.selectFrom('personalKeys').select(['signatoryId', 'keyId', 'createdAt', 'sealedPrivateKey'])
    .where('signatoryId', 'in', [...signatoryIds]).where('replacedAt', 'is', null).execute();
  return signatoryIds.map((signatoryId) => {
    const row = rows.find((item) => item.signatoryId === signatoryId);
    if (!row) return { signatoryId, protection: 'geen_sleutel', fingerprint: null, createdAt: null };
    return { signatoryId, protection: row.sealedPrivateKey === null ? 'zonder_wachtwoordzin' : 'wachtwoordzin', fingerprint: readableKeyFingerprint(row.keyId), createdAt: row.createdAt };
  });
}

/**
 * "Sleutel bevestigen": the signer reads their key's fingerprint out (by phone or
 * in a meeting) and the person here types it; when it matches, the key is pinned to
 * that signatory in this installation. Only a valid signature's key can be confirmed.
 */
export async function confirmKey(db: Db, input: ConfirmKeyInput): Promise<SignoffOverview> {
  await db.transaction().execute(async (trx) => {
    await loadAgenda(trx, input.agendaId);
    const record = await trx.selectFrom('signatures').selectAll().where('id', '=', input.signatureId).where('agendaId', '=', input.agendaId).executeTakeFirst();
    if (!record) throw new AppError('NOT_FOUND', 'Deze handtekening staat niet bij deze werkagenda.');
    const [summary] = await checkedSummaries(trx, (await loadRevisions(trx, input.agendaId)).filter((revision) => revision.number === record.revisionNumber),
      await loadSignatures(trx, input.agendaId), await loadConfirmedKeys(trx));
    const view = summary?.signatures.find((signature) => signature.id === record.id);
    if (!view?.valid) throw new AppError('CONFLICT', 'Deze handtekening klopt niet; bevestig op grond ervan geen sleutel.');
    if (view.keyState === 'bevestigd') throw new AppError('CONFLICT', `De sleutel van ${record.signerName} is in deze installatie al bevestigd.`);
    if (!sameKeyFingerprint(input.readFingerprint, view.keyFingerprint)) {
      throw new AppError('VALIDATION', 'Deze controlecode komt niet overeen met de sleutel van deze handtekening. Laat de ondertekenaar de controlecode nog eens voorlezen; bevestig niet bij twijfel.', 'readFingerprint');
    }
    await trx.insertInto('confirmedKeys').values({
      signatoryId: record.signatoryId, keyId: keyIdOf(record.publicKey), publicKey: record.publicKey, how: 'vergeleken', confirmedAt: now(), confirmedBy: input.by,
    }).execute();
    const replacing = view.keyState === 'andere_sleutel' ? ', naast de eerder bevestigde sleutel' : '';
    await logEvent(trx, input.agendaId, 'sleutel_bevestigd', `Sleutel van ${record.signerName} bevestigd${replacing} (controlecode ${view.keyFingerprint}).`, input.by);
  });
  return signoffOverview(db, input.agendaId);
}
