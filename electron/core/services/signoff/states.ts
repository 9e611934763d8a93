import type { RevisionSummary, SignatureRecord } from '../../../../shared/domain/signoff';
import { groupBy } from '../../../../shared/groupBy';
import type { Db, Trx } from '../common';
import { draftsAreLatest, idIn } from '../plan/draftHash';
import { cachedChecks } from './checks';
import type { SignoffState } from './status';
import { loadConfirmedKeys } from './store';
import { statusOf, summarise, type RevisionMeta } from './verify';

const metaColumns = ['id', 'agendaId', 'number', 'hash', 'frozenAt', 'frozenBy', 'freezePublicKey', 'freezeSignature'] as const;

export interface AgendaRevisions { revisions: RevisionMeta[]; summaries: RevisionSummary[] }

/**
 * The checked revisions of many agendas at once, in a handful of queries however many
 * there are (agendas never frozen are absent), from the checks remembered (checks.ts):
 * no content is read but one never checked before. Whoever uses a content reads it and
 * checks it again (the overleg does).
 */
export async function revisionsOf(db: Db | Trx, agendaIds: readonly string[]): Promise<Map<string, AgendaRevisions>> {
  const revisions: RevisionMeta[] = await db.selectFrom('revisions').select([...metaColumns])
    .where(idIn('agendaId', agendaIds)).orderBy('agendaId').orderBy('number').execute();
  if (revisions.length === 0) return new Map();
  const frozen = [...new Set(revisions.map((revision) => revision.agendaId))];
  const [signatures, confirmed] = await Promise.all([
    db.selectFrom('signatures').selectAll().where(idIn('agendaId', frozen)).orderBy('createdAt').execute(),
    loadConfirmedKeys(db),
  ]);
  const contentOf = async (revision: RevisionMeta) =>
    (await db.selectFrom('revisions').select('content').where('id', '=', revision.id).executeTakeFirstOrThrow()).content;
  const checks = await cachedChecks(db, revisions, signatures, contentOf);
  const revisionsByAgenda = groupBy(revisions, (revision) => revision.agendaId);
  const signaturesOf = groupBy(signatures, (signature: SignatureRecord) => signature.agendaId);
  return new Map(frozen.map((agendaId) => {
    const own = revisionsByAgenda.get(agendaId) ?? [];
    return [agendaId, { revisions: own, summaries: summarise(own, signaturesOf.get(agendaId) ?? [], confirmed, checks) }];
  }));
}

/** signoffState (status.ts) for many agendas at once: for the start list and the answer to an edit, from what is kept of each draft (draftHash.ts). */
export async function signoffStates(db: Db, agendaIds: readonly string[]): Promise<Map<string, SignoffState>> {
  const checked = await revisionsOf(db, agendaIds);
  // A newest revision whose content is not intact leaves the draft a concept whatever it holds: nothing to compare.
  const latest = [...checked].flatMap(([agendaId, { summaries }]) => {
    const revision = summaries.at(-1);
    return revision?.contentIntact ? [{ agendaId, revisionId: revision.id, hash: revision.hash }] : [];
  });
  const isLatest = await draftsAreLatest(db, latest);
  const states = new Map<string, SignoffState>();
  for (const [agendaId, { summaries }] of checked) {
    const vastgesteld = summaries.filter((revision) => revision.vastgesteld).at(-1);
    states.set(agendaId, { status: statusOf(summaries, isLatest.get(agendaId) === true), vastgesteldNumber: vastgesteld?.number ?? null, vastgesteldKeys: vastgesteld?.keys ?? null });
  }
  return states;
}
