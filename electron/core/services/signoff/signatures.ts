import { fingerprint } from '../../../../shared/canonical';
import { todayIso } from '../../../../shared/domain/monitoring';
import { currentStatementVersion, signingStatement, type SignatureRecord, type SignInput, type SignoffOverview } from '../../../../shared/domain/signoff';
import { AppError } from '../../../../shared/errors';
import { loadAgenda } from '../agendas';
import { newId, now, type Db, type Trx } from '../common';
import { logEvent } from './audit';
import { generateSignerKey, signText } from './crypto';
import { signoffOverview } from './overview';
import { loadRevisions, loadSignatures } from './store';
import { intactContent, summariseRevisions } from './verify';

const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** The key pair this installation keeps for a signer; made on their first signature. The private key never leaves the database. */
async function signerKey(trx: Trx, signatoryId: string): Promise<{ publicKey: string; privateKey: string }> {
  const existing = await trx.selectFrom('signerKeys').select(['publicKey', 'privateKey']).where('signatoryId', '=', signatoryId).executeTakeFirst();
  if (existing) return existing;
  const key = generateSignerKey();
  await trx.insertInto('signerKeys').values({ signatoryId, ...key, createdAt: now() }).execute();
  return key;
}

/**
 * A board member signs a frozen revision: they pick themself from its signatories
 * and confirm with their name; the installation signs the statement naming the
 * revision's hash (see signingStatement) with that signer's Ed25519 key.
 */
export async function signRevision(db: Db, input: SignInput): Promise<SignoffOverview> {
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
    if (!content) throw new AppError('CONFLICT', `De inhoud van versie ${revision.number} is gewijzigd na het bevriezen; deze versie kan niet worden ondertekend.`);
    const signatory = content.signatories.find((person) => person.id === input.signatoryId);
    if (!signatory) throw new AppError('VALIDATION', 'Kies uzelf uit de ondertekenaars van deze versie.', 'signatoryId');
    if (!sameName(input.confirmName, signatory.name)) {
      throw new AppError('VALIDATION', `De naam komt niet overeen met de gekozen ondertekenaar. Typ “${signatory.name}” om te bevestigen.`, 'confirmName');
    }
    const [summary] = summariseRevisions([revision], await loadSignatures(trx, input.agendaId));
    if (summary!.signatures.some((signature) => signature.valid && signature.signatoryId === signatory.id)) {
      throw new AppError('CONFLICT', `${signatory.name} heeft versie ${revision.number} al ondertekend.`);
    }
    const key = await signerKey(trx, signatory.id);
    const unsigned: Omit<SignatureRecord, 'signature'> = {
      id: newId(), agendaId: input.agendaId, revisionNumber: revision.number, revisionHash: revision.hash, signatoryId: signatory.id,
      signerName: signatory.name, signerFunction: signatory.function, signedOn: todayIso(), publicKey: key.publicKey, createdAt: now(),
      statementVersion: currentStatementVersion,
    };
    await trx.insertInto('signatures').values({ ...unsigned, signature: signText(key.privateKey, signingStatement(unsigned)) }).execute();
    await logEvent(trx, input.agendaId, 'ondertekend', `Versie ${revision.number} ondertekend (vingerafdruk ${fingerprint(revision.hash)}).`, signatory.name);
  });
  return signoffOverview(db, input.agendaId);
}
