import { fingerprint } from '../../../../shared/canonical';
import type { Remark, RemarkTarget, SignoffOverview } from '../../../../shared/domain/signoff';
import { checkCompleteness } from '../../../../shared/completeness';
import { contentChanges, revisionContentOf } from '../../../../shared/revisionContent';
import { loadAgenda } from '../plan/agendas';
import type { Db, Trx } from '../common';
import { hashContent } from './crypto';
import { getReference } from '../beheer/reference';
import { getSettings } from './settings';
import { localKeysOf } from './keys';
import { loadConfirmedKeys, loadRevisions, loadSignatures } from './store';
import { checkedSummaries } from './checks';
import { intactContent, statusOfDraft } from './verify';

export async function loadRemarks(db: Db | Trx, agendaId: string): Promise<Remark[]> {
  const rows = await db.selectFrom('remarks').selectAll().where('agendaId', '=', agendaId).orderBy('createdAt').execute();
  return rows.map(({ targetKind, targetId, resolved, ...row }) => ({
    ...row,
    target: (targetKind === 'action' ? { kind: 'action', actionId: targetId } : { kind: 'section', sectionId: targetId }) satisfies RemarkTarget,
    resolved: resolved === 1,
  }));
}

/** Everything the Ondertekening screen shows: status, revisions with checked signatures, how the draft differs, remarks. */
export async function signoffOverview(db: Db, agendaId: string): Promise<SignoffOverview> {
  const agenda = await loadAgenda(db, agendaId);
  const draft = revisionContentOf(agenda);
  const { hash } = hashContent(draft);
  const [revisions, signatures, remarks, settings, reference, confirmed] = await Promise.all([
    loadRevisions(db, agendaId), loadSignatures(db, agendaId), loadRemarks(db, agendaId), getSettings(db), getReference(db), loadConfirmedKeys(db),
  ]);
  const summaries = await checkedSummaries(db, revisions, signatures, confirmed);
  const vastgesteld = summaries.filter((revision) => revision.vastgesteld).at(-1) ?? null;
  const comparedTo = vastgesteld ?? summaries.at(-1) ?? null;
  const comparedContent = comparedTo ? intactContent(revisions.find((revision) => revision.number === comparedTo.number)!) : null;
  return {
    agendaId,
    status: statusOfDraft(summaries, hash),
    draftHash: hash,
    draftFingerprint: fingerprint(hash),
    draftRevisionNumber: summaries.find((revision) => revision.contentIntact && revision.hash === hash)?.number ?? null,
    vastgesteldNumber: vastgesteld?.number ?? null,
    draftComparedTo: comparedTo?.number ?? null,
    draftChanges: comparedContent ? contentChanges(comparedContent, draft) : [],
    revisions: summaries,
    remarks,
    userName: settings.userName,
    completenessGaps: checkCompleteness(agenda, reference.actionTypes).gaps.map((gap) => gap.message),
    localKeys: await localKeysOf(db, (summaries.at(-1)?.signatories ?? agenda.signatories).map((person) => person.id)),
  };
}
