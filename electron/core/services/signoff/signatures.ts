import { fingerprint } from '../../../../shared/canonical';
import { createAttemptLimiter, waitWords, type AttemptLimiter } from '../../../../shared/attempts';
import { NewPassphraseSchema } from '../../../../shared/domain/keys';
import { todayIso } from '../../../../shared/domain/monitoring';
import { currentStatementVersion, signingStatement, type SignatureRecord, type SignInput, type SignoffOverview } from '../../../../shared/domain/signoff';
import { AppError } from '../../../../shared/errors';
import { readableKeyFingerprint } from '../../../../shared/keys';
import { loadAgenda } from '../plan/agendas';
import { newId, now, type Db, type Trx } from '../common';
import { logEvent } from './audit';
import { generateSignerKey, keyIdOf, signText } from './crypto';
import { signoffOverview } from './overview';
import { loadConfirmedKeys, loadRevisions, loadSignatures } from './store';
import { openSealedKey, sealPrivateKey } from './vault';
import { checkedSummaries } from './checks';
import { intactContent } from './verify';

/** Wrong passphrases per signer in this process: kept in memory, because a refused try must write nothing. */
const signingAttempts = createAttemptLimiter();

function requireNewPassphrase(input: SignInput): void {
  const chosen = NewPassphraseSchema.safeParse(input.passphrase);
  if (!chosen.success) throw new AppError('VALIDATION', chosen.error.issues[0]!.message, 'passphrase');
  if (input.repeatPassphrase !== input.passphrase) {
    throw new AppError('VALIDATION', 'De twee wachtwoordzinnen zijn niet gelijk. Typ dezelfde wachtwoordzin nog een keer.', 'repeatPassphrase');
  }
}

/** A new key pair for a signer, sealed under their new passphrase and confirmed for this installation, where it was made. */
async function makeKey(trx: Trx, signatoryId: string, passphrase: string): Promise<{ publicKey: string; privateKey: string }> {
  const key = generateSignerKey();
  const keyId = keyIdOf(key.publicKey);
  const createdAt = now();
  await trx.insertInto('personalKeys').values({
    id: newId(), signatoryId, publicKey: key.publicKey, keyId, createdAt, replacedAt: null, plainPrivateKey: null,
    sealedPrivateKey: await sealPrivateKey(key.privateKey, passphrase, signatoryId, key.publicKey),
  }).execute();
  await trx.insertInto('confirmedKeys').values({ signatoryId, keyId, publicKey: key.publicKey, how: 'hier_gemaakt', confirmedAt: createdAt, confirmedBy: '' }).execute();
  return key;
}

/**
 * The signer's private key, unlocked by their passphrase for this request only.
 * No key yet, or a key from before passphrases: the signer chooses one now (a
 * plain key is sealed and its plain copy cleared, so it is never used silently).
 * "Wachtwoordzin vergeten": a new key; the old one is retired and only still
 * verifies the signatures it made.
 */
async function unlockKey(trx: Trx, agendaId: string, signatory: { id: string; name: string }, input: SignInput, limiter: AttemptLimiter) {
  const current = await trx.selectFrom('personalKeys').selectAll().where('signatoryId', '=', signatory.id).where('replacedAt', 'is', null).executeTakeFirst();
  if (!current || input.replaceKey) {
    requireNewPassphrase(input);
    if (current) {
      await trx.updateTable('personalKeys').set({ replacedAt: now(), sealedPrivateKey: null, plainPrivateKey: null }).where('id', '=', current.id).execute();
    }
    const key = await makeKey(trx, signatory.id, input.passphrase);
    if (current) {
      await logEvent(trx, agendaId, 'sleutel_vervangen',
        `Nieuwe sleutel voor ${signatory.name} (wachtwoordzin vergeten), controlecode ${readableKeyFingerprint(keyIdOf(key.publicKey))}; de vorige sleutel (${readableKeyFingerprint(current.keyId)}) ondertekent niet meer.`, signatory.name);
    }
    return key;
  }
  if (current.sealedPrivateKey === null) {
    if (current.plainPrivateKey === null) throw new AppError('INTERNAL', 'De sleutel van deze ondertekenaar ontbreekt.');
    requireNewPassphrase(input);
    const sealed = await sealPrivateKey(current.plainPrivateKey, input.passphrase, signatory.id, current.publicKey);
    await trx.updateTable('personalKeys').set({ sealedPrivateKey: sealed, plainPrivateKey: null }).where('id', '=', current.id).execute();
    return { publicKey: current.publicKey, privateKey: current.plainPrivateKey };
  }
  const wait = limiter.waitMs(signatory.id);
  if (wait > 0) {
    throw new AppError('CONFLICT', `Er is te vaak een onjuiste wachtwoordzin ingevuld voor ${signatory.name}. ${waitWords(wait)}`, 'passphrase');
  }
  const privateKey = await openSealedKey(current.sealedPrivateKey, input.passphrase, signatory.id, current.publicKey);
  if (!privateKey) {
    limiter.failed(signatory.id);
    throw new AppError('VALIDATION', 'Deze wachtwoordzin is onjuist. Er is niets ondertekend.', 'passphrase');
  }
  limiter.succeeded(signatory.id);
  return { publicKey: current.publicKey, privateKey };
}

/**
 * A board member signs a frozen revision: they pick themself from its signatories
 * and unlock their personal key with their passphrase; the installation signs the
 * statement naming the revision's hash (see signingStatement) with that key.
 * Anything refused (a wrong passphrase too) rolls back: nothing is written.
 */
export async function signRevision(db: Db, input: SignInput, limiter: AttemptLimiter = signingAttempts): Promise<SignoffOverview> {
  await db.transaction().execute(async (trx) => {
    await loadAgenda(trx, input.agendaId);
    const revisions = await loadRevisions(trx, input.agendaId);
    const revision = revisions.find((item) => item.number === input.revisionNumber);
    if (!revision) throw new AppError('NOT_FOUND', `Versie ${input.revisionNumber} van deze werkagenda bestaat niet.`);
    const newest = revisions.at(-1)!;
    if (newest.number !== revision.number) {
      throw new AppError('CONFLICT', `Er is een nieuwere versie (${newest.number}) ter ondertekening aangeboden; onderteken die versie.`);
    }
    const content = intactContent(revision);
    if (!content) throw new AppError('CONFLICT', `De inhoud van versie ${revision.number} is gewijzigd na het vastleggen; deze versie kan niet worden ondertekend.`);
    const signatory = content.signatories.find((person) => person.id === input.signatoryId);
    if (!signatory) throw new AppError('VALIDATION', 'Kies uzelf uit de ondertekenaars van deze versie.', 'signatoryId');
    const [summary] = await checkedSummaries(trx, [revision], await loadSignatures(trx, input.agendaId), await loadConfirmedKeys(trx));
    if (summary!.signatures.some((signature) => signature.valid && signature.signatoryId === signatory.id)) {
      throw new AppError('CONFLICT', `${signatory.name} heeft versie ${revision.number} al ondertekend.`);
    }
    const key = await unlockKey(trx, input.agendaId, signatory, input, limiter);
    const unsigned: Omit<SignatureRecord, 'signature'> = {
      id: newId(), agendaId: input.agendaId, revisionNumber: revision.number, revisionHash: revision.hash, signatoryId: signatory.id,
      signerName: signatory.name, signerFunction: signatory.function, signedOn: todayIso(), publicKey: key.publicKey, createdAt: now(),
      statementVersion: currentStatementVersion,
    };
    await trx.insertInto('signatures').values({ ...unsigned, signature: signText(key.privateKey, signingStatement(unsigned)) }).execute();
    await logEvent(trx, input.agendaId, 'ondertekend', `Versie ${revision.number} ondertekend (controlecode ${fingerprint(revision.hash)}).`, signatory.name);
  });
  return signoffOverview(db, input.agendaId);
}
