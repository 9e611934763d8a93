import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Trx } from '../common';
import { writeDraftCanonical } from './draftContent';

export const idIn = (column: string, ids: readonly string[]) => sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

/**
 * The hash of each draft's canonical content, as a revision of it would have. It is kept in
 * agendas.draft_hash, which triggers empty on every change to what a revision freezes
 * (migration 0019); an emptied one is computed again here, from the kept parts of its
 * unchanged actions and targets (draftContent.ts), and stored, in one transaction
 * with the read, so no edit can slip in between and leave a stale hash behind.
 */
export async function draftHashes(db: Db, agendaIds: readonly string[]): Promise<Map<string, string>> {
  if (agendaIds.length === 0) return new Map();
  const rows = await db.selectFrom('agendas').select(['id', 'draftHash']).where(idIn('id', agendaIds)).execute();
  const hashes = new Map(rows.flatMap((row) => (row.draftHash === null ? [] : [[row.id, row.draftHash] as const])));
  const stale = rows.filter((row) => row.draftHash === null).map((row) => row.id);
  if (stale.length === 0) return hashes;
  await db.transaction().execute(async (trx) => {
    for (const id of stale) hashes.set(id, await storeDraftHash(trx, id));
  });
  return hashes;
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
 * Brings an emptied draft hash up to date inside the edit's own transaction (touchAgenda calls
 * it), so the answer to an edit, which compares the draft with its versions, finds it kept and
 * the edit costs one commit, not two. Only for an agenda that has a version: a concept never
 * frozen has nothing to compare with. A later change in the same transaction empties it again
 * (the triggers), so it is never stale, at worst computed twice.
 */
export async function keepDraftHash(trx: Trx, agendaId: string): Promise<void> {
  const row = await trx.selectFrom('agendas').where('id', '=', agendaId)
    .select((eb) => ['draftHash', eb.exists(eb.selectFrom('revisions').select('revisions.id').whereRef('revisions.agendaId', '=', 'agendas.id')).as('frozen')])
    .executeTakeFirst();
  if (row && row.draftHash === null && row.frozen) await storeDraftHash(trx, agendaId);
}
