import { fingerprint } from '../../../../shared/canonical';
import type { RevisionView, SignoffOverview } from '../../../../shared/domain/signoff';
import { AppError } from '../../../../shared/errors';
import { detailFromContent, revisionContentOf } from '../../../../shared/revisionContent';
import { loadAgenda } from '../plan/agendas';
import { newId, now, type Db } from '../common';
import { logEvent } from './audit';
import { freezeStatement } from '../../../../shared/domain/signoff';
import { hashContent, signText } from './crypto';
import { installationKey } from './installationKey';
import { signoffOverview } from './overview';
import { loadConfirmedKeys, loadRevisions, loadSignatures } from './store';
import { checkedSummaries } from './checks';
import { intactContent } from './verify';

/**
 * "Ter ondertekening aanbieden": the draft's canonical content becomes the next
 * numbered revision. Revisions are never changed afterwards (a trigger refuses it);
 * editing goes on in the draft.
 */
export async function freezeRevision(db: Db, agendaId: string, by: string): Promise<SignoffOverview> {
  await db.transaction().execute(async (trx) => {
    const agenda = await loadAgenda(trx, agendaId);
    if (!agenda.signatories.some((person) => person.required)) {
      throw new AppError('VALIDATION', 'Voeg eerst ten minste één verplichte ondertekenaar toe (onder Ondertekenaars in Plan): anders kan niemand de werkagenda vaststellen.');
    }
    const { canonical, hash } = hashContent(revisionContentOf(agenda));
    const latest = (await loadRevisions(trx, agendaId)).at(-1);
    if (latest && latest.hash === hash) {
      throw new AppError('CONFLICT', `Deze inhoud is al vastgelegd als versie ${latest.number}. Wijzig eerst iets in het concept om een nieuwe versie aan te bieden.`);
    }
    const number = (latest?.number ?? 0) + 1;
    // The installation signs who froze it and when, so "bevroren door" cannot be rewritten in a file unseen.
    const revision = { id: newId(), agendaId, number, hash, content: canonical, frozenAt: now(), frozenBy: by };
    const key = await installationKey(trx);
    await trx.insertInto('revisions').values({ ...revision, freezePublicKey: key.publicKey, freezeSignature: signText(key.privateKey, freezeStatement(revision)) }).execute();
    // The draft is what was just frozen: the start list need not hash it again.
    await trx.updateTable('agendas').set({ draftHash: hash }).where('id', '=', agendaId).execute();
    await logEvent(trx, agendaId, 'bevroren', `Versie ${number} ter ondertekening aangeboden (controlecode ${fingerprint(hash)}).`, by);
  });
  return signoffOverview(db, agendaId);
}

/** One frozen revision, read-only, in the shape the views and the Word export use. */
export async function getRevision(db: Db, agendaId: string, number: number): Promise<RevisionView> {
  const revisions = await loadRevisions(db, agendaId);
  const stored = revisions.find((revision) => revision.number === number);
  if (!stored) throw new AppError('NOT_FOUND', `Versie ${number} van deze werkagenda bestaat niet.`);
  const summary = (await checkedSummaries(db, [stored], await loadSignatures(db, agendaId), await loadConfirmedKeys(db)))[0]!;
  const content = intactContent(stored);
  if (!content) throw new AppError('CONFLICT', `De inhoud van versie ${number} is gewijzigd na het vastleggen; deze versie kan niet betrouwbaar worden getoond.`);
  const status = summary.vastgesteld ? 'vastgesteld' : 'ter_ondertekening';
  const { predecessorId, sectorName } = await loadAgenda(db, agendaId);
  return { agenda: detailFromContent(content, { status, sectorName, predecessorId, createdAt: stored.frozenAt, updatedAt: stored.frozenAt }), revision: summary };
}
