import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { sha256Hex } from '../signoff/crypto';
import type { Db, Trx } from '../common';
import { draftFingerprintOf, writeDraftCanonical } from './draftContent';
import { revisionFingerprint } from './draftFingerprint';

export const idIn = (column: string, ids: readonly string[]) => sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/** An agenda's newest revision, by its id and the hash of its content. */
export interface LatestRevision { agendaId: string; revisionId: string; hash: string }

/**
 * Whether each agenda's draft is exactly its newest revision: the status depends on it. The
 * answer comes from, cheapest first, the kept draft hash (agendas.draft_hash, emptied by the
 * triggers of migration 0019 on every change to what a revision freezes); the kept
 * fingerprints of draft and revision when they differ (draftFingerprint.ts, migration 0024:
 * an edit keeps the draft's in its own transaction, see keepDraftFingerprint); and else the
 * draft's full hash, computed from the kept parts and stored. Whatever is computed is stored in
 * one transaction with its read, so no edit can slip in between and leave it stale.
 */
export async function draftsAreLatest(db: Db, latest: readonly LatestRevision[]): Promise<Map<string, boolean>> {
  if (latest.length === 0) return new Map();
  const [drafts, revisions] = await Promise.all([
    db.selectFrom('agendas').select(['id', 'draftHash', 'draftFingerprint']).where(idIn('id', latest.map((revision) => revision.agendaId))).execute(),
    db.selectFrom('revisionFingerprints').select(['hash', 'fingerprint']).where(idIn('hash', latest.map((revision) => revision.hash))).execute(),
  ]);
  const draftOf = new Map(drafts.map((draft) => [draft.id, draft]));
  const revisionFingerprintOf = new Map(revisions.map((revision) => [revision.hash, revision.fingerprint]));
  const answers = new Map<string, boolean>();
  const open: LatestRevision[] = [];
  for (const revision of latest) {
    const answer = keptAnswer(draftOf.get(revision.agendaId), revision.hash, revisionFingerprintOf.get(revision.hash));
    if (answer === undefined) open.push(revision);
    else answers.set(revision.agendaId, answer);
  }
  if (open.length === 0) return answers;
  await db.transaction().execute(async (trx) => {
    for (const revision of open) answers.set(revision.agendaId, await settle(trx, revision));
  });
  return answers;
}

type KeptDraft = { draftHash: string | null; draftFingerprint: string | null };

/** What the kept hash and fingerprints already tell about the draft and the revision of `hash`; undefined when they do not settle it. */
function keptAnswer(draft: KeptDraft | undefined, hash: string, revisionFingerprint: string | null | undefined): boolean | undefined {
  if (!draft) return false;
  if (draft.draftHash !== null) return draft.draftHash === hash;
  if (draft.draftFingerprint !== null && revisionFingerprint != null && revisionFingerprint !== draft.draftFingerprint) return false;
  return undefined;
}

/** Settles it in the caller's transaction: read again, what is missing computed and kept, and the full hash only when the fingerprints are equal. */
async function settle(trx: Trx, { agendaId, revisionId, hash }: LatestRevision): Promise<boolean> {
  const draft = await trx.selectFrom('agendas').select(['draftHash', 'draftFingerprint']).where('id', '=', agendaId).executeTakeFirst();
  if (!draft) return false;
  const kept = keptAnswer(draft, hash, undefined);
  if (kept !== undefined) return kept;
  const draftFingerprint = draft.draftFingerprint ?? await storeDraftFingerprint(trx, agendaId);
  const computed = keptAnswer({ draftHash: null, draftFingerprint }, hash, await keptRevisionFingerprint(trx, revisionId, hash));
  return computed ?? ((await storeDraftHash(trx, agendaId)) === hash);
}

/** The revision's fingerprint, computed once from its content and kept under the content's own hash; null when its content is not what its hash says. */
async function keptRevisionFingerprint(trx: Trx, revisionId: string, hash: string): Promise<string | null> {
  const kept = await trx.selectFrom('revisionFingerprints').select('fingerprint').where('hash', '=', hash).executeTakeFirst();
  if (kept) return kept.fingerprint;
  const row = await trx.selectFrom('revisions').select('content').where('id', '=', revisionId).executeTakeFirst();
  if (!row || sha256Hex(row.content) !== hash) return null;
  const fingerprint = revisionFingerprint(row.content);
  if (fingerprint !== null) await trx.insertInto('revisionFingerprints').values({ hash, fingerprint }).onConflict((conflict) => conflict.doNothing()).execute();
  return fingerprint;
}

async function storeDraftFingerprint(trx: Trx, agendaId: string): Promise<string> {
  const fingerprint = await draftFingerprintOf(trx, agendaId);
  await trx.updateTable('agendas').set({ draftFingerprint: fingerprint }).where('id', '=', agendaId).execute();
  return fingerprint;
}

async function storeDraftHash(trx: Trx, agendaId: string): Promise<string> {
  // Hashed as the pieces come: the kept parts are never copied into one long text first.
  const sha = createHash('sha256');
  await writeDraftCanonical(trx, agendaId, (piece) => sha.update(piece));
  const hash = sha.digest('hex');
  await trx.updateTable('agendas').set({ draftHash: hash }).where('id', '=', agendaId).execute();
  return hash;
}

/**
 * Brings an emptied draft fingerprint up to date inside the edit's own transaction (touchAgenda
 * calls it), so the answer to the edit, which tells whether the draft is still the signed
 * version, finds it kept: the edit costs one commit, and reads one fingerprint per item, not
 * the whole draft. Only for an agenda that has a version: a concept never frozen has nothing
 * to compare with. A later change in the same transaction empties it again (the triggers).
 */
export async function keepDraftFingerprint(trx: Trx, agendaId: string): Promise<void> {
  const row = await trx.selectFrom('agendas').where('id', '=', agendaId)
    .select((eb) => ['draftHash', 'draftFingerprint', eb.exists(eb.selectFrom('revisions').select('revisions.id').whereRef('revisions.agendaId', '=', 'agendas.id')).as('frozen')])
    .executeTakeFirst();
  if (row && row.draftHash === null && row.draftFingerprint === null && row.frozen) await storeDraftFingerprint(trx, agendaId);
}
