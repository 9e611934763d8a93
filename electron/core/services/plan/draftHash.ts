import { sql } from 'kysely';
import type { Db } from '../common';
import { sha256Hex } from '../signoff/crypto';
import { draftCanonical } from './draftContent';

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
    for (const id of stale) {
      const hash = sha256Hex(await draftCanonical(trx, id));
      await trx.updateTable('agendas').set({ draftHash: hash }).where('id', '=', id).execute();
      hashes.set(id, hash);
    }
  });
  return hashes;
}
