import { createHash } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { AgendaTable } from '../../db/schema';
import { sha256Hex } from '../signoff/crypto';
import type { Db, Trx } from '../common';
import { draftFingerprintOf, keptPartFingerprint, writeDraftCanonical, type ItemTable } from './draftContent';
import { revisionPrints } from './draftFingerprint';

export const idIn = (column: string, ids: readonly string[]) => sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/** An agenda's newest revision, by its id and the hash of its content. */
export interface LatestRevision { agendaId: string; revisionId: string; hash: string }

/**
 * Whether each agenda's draft is exactly its newest revision: the status depends on it. The
 * answer comes from, cheapest first, the kept draft hash (agendas.draft_hash, emptied by the
 * triggers of migration 0019 on every change to what a revision freezes); the kept proof that
 * the draft is not that revision (draft_differs_from, migration 0025) or the kept
 * fingerprints of draft and revision when they differ (draftFingerprint.ts, migration 0024):
 * an edit keeps one of these in its own transaction, see keepDraftComparison; and else the
 * draft's full hash, computed from the kept parts and stored. Whatever is computed is stored in
 * one transaction with its read, so no edit can slip in between and leave it stale.
 */
export async function draftsAreLatest(db: Db, latest: readonly LatestRevision[]): Promise<Map<string, boolean>> {
  if (latest.length === 0) return new Map();
  const [drafts, revisions] = await Promise.all([
    db.selectFrom('agendas').select(['id', ...keptColumns]).where(idIn('id', latest.map((revision) => revision.agendaId))).execute(),
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

const keptColumns = ['draftHash', 'draftFingerprint', 'draftDiffersFrom'] as const;
type KeptDraft = Pick<Selectable<AgendaTable>, typeof keptColumns[number]>;

/** What the kept hash and fingerprints already tell about the draft and the revision of `hash`; undefined when they do not settle it. */
function keptAnswer(draft: KeptDraft | undefined, hash: string, revisionFingerprint: string | null | undefined): boolean | undefined {
  if (!draft) return false;
  if (draft.draftHash !== null) return draft.draftHash === hash;
  if (draft.draftDiffersFrom === hash) return false;
  if (draft.draftFingerprint !== null && revisionFingerprint != null && revisionFingerprint !== draft.draftFingerprint) return false;
  return undefined;
}

/** Settles it in the caller's transaction: read again, what is missing computed and kept, and the full hash only when the fingerprints are equal. */
async function settle(trx: Trx, { agendaId, revisionId, hash }: LatestRevision): Promise<boolean> {
  const draft = await trx.selectFrom('agendas').select(keptColumns).where('id', '=', agendaId).executeTakeFirst();
  if (!draft) return false;
  const kept = keptAnswer(draft, hash, undefined);
  if (kept !== undefined) return kept;
  const draftFingerprint = draft.draftFingerprint ?? await storeDraftFingerprint(trx, agendaId);
  const computed = keptAnswer({ draftHash: null, draftFingerprint, draftDiffersFrom: null }, hash, await keptRevisionFingerprint(trx, revisionId, hash));
  return computed ?? ((await storeDraftHash(trx, agendaId)) === hash);
}

/**
 * The revision's fingerprint, computed once from its content and kept under the content's own
 * hash, with the fingerprints of its parts beside it (one transaction: a kept fingerprint
 * always has its parts); null when its content is not what its hash says.
 */
async function keptRevisionFingerprint(trx: Trx, revisionId: string, hash: string): Promise<string | null> {
  const kept = await trx.selectFrom('revisionFingerprints').select('fingerprint').where('hash', '=', hash).executeTakeFirst();
  if (kept) return kept.fingerprint;
  const row = await trx.selectFrom('revisions').select('content').where('id', '=', revisionId).executeTakeFirst();
  if (!row || sha256Hex(row.content) !== hash) return null;
  const prints = revisionPrints(row.content);
  if (prints === null) return null;
  const parts = [...new Set(prints.parts)].map((fingerprint) => ({ hash, fingerprint }));
  for (let start = 0; start < parts.length; start += 400) {
    await trx.insertInto('revisionParts').values(parts.slice(start, start + 400)).onConflict((conflict) => conflict.doNothing()).execute();
  }
  await trx.insertInto('revisionFingerprints').values({ hash, fingerprint: prints.fingerprint }).onConflict((conflict) => conflict.doNothing()).execute();
  return prints.fingerprint;
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

/** The agenda's row beside its newest revision's, if it has one, and that revision's kept fingerprint. */
const withNewestRevision = (db: Db | Trx, agendaId: string) => db.selectFrom('agendas')
  .leftJoin('revisions', (join) => join.onRef('revisions.agendaId', '=', 'agendas.id'))
  .leftJoin('revisionFingerprints', 'revisionFingerprints.hash', 'revisions.hash')
  .where('agendas.id', '=', agendaId).orderBy('revisions.number', 'desc').limit(1);

/**
 * The agenda's last change, and whether it is certainly a concept: never frozen, or its draft
 * shown by what is kept not to be its newest revision (keptAnswer). A concept's status needs
 * no revision or signature checked, which is most of what the answer to an edit would cost.
 * Not certain: signoffStates tells. Undefined for an agenda that is not there.
 */
export async function keptConcept(db: Db, agendaId: string): Promise<{ updatedAt: string; concept: boolean } | undefined> {
  const row = await withNewestRevision(db, agendaId)
    .select(['agendas.updatedAt', ...keptColumns.map((column) => `agendas.${column}` as const), 'revisions.hash', 'revisionFingerprints.fingerprint'])
    .executeTakeFirst();
  if (!row) return undefined;
  return { updatedAt: row.updatedAt, concept: row.hash === null || keptAnswer(row, row.hash, row.fingerprint) === false };
}

/** The action or target an edit changed, when it changed one: touchAgenda passes it on. */
export interface ChangedPart { table: ItemTable; id: string }

/** What an edit keeps to compare its draft with the newest revision (draftComparison). */
export type KeptComparison = Partial<Pick<Selectable<AgendaTable>, 'draftDiffersFrom' | 'draftFingerprint'>>;

/**
 * What the answer to an edit needs kept, inside the edit's own transaction (touchAgenda writes
 * it with the agenda's last change), to tell whether the draft is still the signed version, so
 * the edit costs one commit. Most edits change one action or target: when the newest revision
 * has no part like it, the draft is certainly not that revision, and that is kept
 * (draft_differs_from) after one part is serialised. Otherwise the draft's fingerprint is kept,
 * from one fingerprint per item, not the whole draft. Only for an agenda that has a version: a
 * concept never frozen has nothing to compare with. A later change in the same transaction
 * empties both again (the triggers).
 */
export async function draftComparison(trx: Trx, agendaId: string, changed?: ChangedPart): Promise<KeptComparison> {
  const row = await withNewestRevision(trx, agendaId)
    .select(['agendas.draftHash', 'agendas.draftFingerprint', 'agendas.draftDiffersFrom', 'revisions.id as revisionId', 'revisions.hash', 'revisionFingerprints.fingerprint'])
    .executeTakeFirst();
  if (!row?.revisionId || !row.hash || row.draftHash !== null || row.draftFingerprint !== null || row.draftDiffersFrom !== null) return {};
  const revision = { revisionId: row.revisionId, hash: row.hash, fingerprintKept: row.fingerprint !== null };
  if (changed && await partIsNew(trx, agendaId, revision, changed)) return { draftDiffersFrom: row.hash };
  return { draftFingerprint: await draftFingerprintOf(trx, agendaId) };
}

/** draftComparison written at once, for an edit that has already written the agenda's row. */
export async function keepDraftComparison(trx: Trx, agendaId: string): Promise<void> {
  const kept = await draftComparison(trx, agendaId);
  if (Object.keys(kept).length > 0) await trx.updateTable('agendas').set(kept).where('id', '=', agendaId).execute();
}

/** Whether the changed item, as the draft now holds it, is like none of the revision's parts: then the draft cannot be that revision. */
async function partIsNew(trx: Trx, agendaId: string, revision: { revisionId: string; hash: string; fingerprintKept: boolean }, changed: ChangedPart): Promise<boolean> {
  const fingerprint = await keptPartFingerprint(trx, agendaId, changed.table, changed.id);
  if (fingerprint === null) return false;
  // The revision's parts are kept with its fingerprint, the first time either is needed.
  if (!revision.fingerprintKept && (await keptRevisionFingerprint(trx, revision.revisionId, revision.hash)) === null) return false;
  const same = await trx.selectFrom('revisionParts').select('hash').where('hash', '=', revision.hash).where('fingerprint', '=', fingerprint).executeTakeFirst();
  return same === undefined;
}
