import { sql } from 'kysely';
import { CanonicalPart, canonicalJson, writeCanonical } from '../../../../shared/canonical';
import { actionContentOf, revisionContentOf, targetContentOf } from '../../../../shared/revisionContent';
import type { Trx } from '../common';
import { readAgenda } from './agendas';
import { contentFingerprint, partFingerprint } from './draftFingerprint';
import { readActions, readTargets } from './items';

type Part = { id: string; canonical: string | null };
type KeptPart = { canonical: string; fingerprint: string };
export type ItemTable = 'actions' | 'targets';

/**
 * Serialises the given actions or targets and keeps their canonical form and fingerprint
 * (draft_fragments, migrations 0020 and 0024), the triggers drop a kept part whenever
 * anything it is made of changes. Returns the new parts (canonical form and fingerprint) by id.
 */
async function keepParts(trx: Trx, agendaId: string, table: ItemTable, ids: readonly string[]): Promise<Map<string, KeptPart>> {
  const fresh = new Map<string, KeptPart>();
  if (ids.length === 0) return fresh;
  const keep = (id: string, canonical: string) => fresh.set(id, { canonical, fingerprint: partFingerprint(canonical) });
  if (table === 'actions') for (const action of await readActions(trx, agendaId, ids)) keep(action.id, canonicalJson(actionContentOf(action)));
  else for (const target of await readTargets(trx, agendaId, ids)) keep(target.id, canonicalJson(targetContentOf(target)));
  const kept = [...fresh].map(([itemId, part]) => ({ itemId, ...part }));
  for (let start = 0; start < kept.length; start += 200) {
    await trx.insertInto('draftFragments').values(kept.slice(start, start + 200))
      .onConflict((conflict) => conflict.column('itemId').doUpdateSet((eb) => ({ canonical: eb.ref('excluded.canonical'), fingerprint: eb.ref('excluded.fingerprint') }))).execute();
  }
  return fresh;
}

/** The fingerprint of one action or target of the agenda as it is now, its part kept; null when the agenda has no such item. */
export async function keptPartFingerprint(trx: Trx, agendaId: string, table: ItemTable, id: string): Promise<string | null> {
  return (await keepParts(trx, agendaId, table, [id])).get(id)?.fingerprint ?? null;
}

/** An agenda's actions or targets, each with its kept part if there is one. */
const withKeptParts = (trx: Trx, agendaId: string, table: ItemTable) =>
  trx.selectFrom(table).leftJoin('draftFragments', 'draftFragments.itemId', `${table}.id`).where(`${table}.agendaId`, '=', agendaId);

/**
 * A draft's canonical content, handed to `write` piece by piece: together byte for byte what
 * hashContent(revisionContentOf(readAgenda)) gives, assembled from the kept parts: only the
 * items changed since they were last kept are read and serialised again. Runs inside the
 * caller's transaction, so no edit slips in between.
 */
export async function writeDraftCanonical(trx: Trx, agendaId: string, write: (piece: string) => void): Promise<void> {
  const parts = (table: ItemTable) => withKeptParts(trx, agendaId, table)
    .select([`${table}.id as id`, 'draftFragments.canonical']).orderBy(`${table}.sortOrder`).execute();
  const [agenda, actionParts, targetParts] = await Promise.all([readAgenda(trx, agendaId, { items: false }), parts('actions'), parts('targets')]);
  const missing = (list: Part[]) => list.filter((part) => part.canonical === null).map((part) => part.id);
  const fresh = new Map([...await keepParts(trx, agendaId, 'actions', missing(actionParts)), ...await keepParts(trx, agendaId, 'targets', missing(targetParts))]);
  const part = ({ id, canonical }: Part) => new CanonicalPart(canonical ?? fresh.get(id)!.canonical);
  writeCanonical({ ...revisionContentOf(agenda), actions: actionParts.map(part), targets: targetParts.map(part) }, write);
}

// Stands in for a part not kept yet, in its place in the order; fingerprints are hex, so it cannot be one.
const notKept = '?'.repeat(16);

/**
 * The kept parts' fingerprints of an agenda's actions or targets, joined in their order, by
 * SQLite in one row (not one per item: that is most of what this saves over the full hash).
 * The items whose part is not kept come with it, in order; they are serialised and kept, and
 * their fingerprints put in their places.
 */
async function joinedFingerprints(trx: Trx, agendaId: string, table: ItemTable): Promise<string> {
  const order = sql.ref(`${table}.sortOrder`);
  const { joined, stale } = await withKeptParts(trx, agendaId, table)
    .select([
      sql<string | null>`group_concat(coalesce(${sql.ref('draftFragments.fingerprint')}, ${notKept}), '' ORDER BY ${order})`.as('joined'),
      sql<string>`json_group_array(${sql.ref(`${table}.id`)} ORDER BY ${order}) FILTER (WHERE ${sql.ref('draftFragments.itemId')} IS NULL)`.as('stale'),
    ]).executeTakeFirstOrThrow();
  const staleIds = JSON.parse(stale) as string[];
  if (staleIds.length === 0) return joined ?? '';
  const fresh = await keepParts(trx, agendaId, table, staleIds);
  let next = 0;
  return joined!.replaceAll(notKept, () => fresh.get(staleIds[next++]!)!.fingerprint);
}

/** The draft's fingerprint (draftFingerprint.ts) from its kept parts, inside the caller's transaction. */
export async function draftFingerprintOf(trx: Trx, agendaId: string): Promise<string> {
  const [agenda, actions, targets] = await Promise.all([
    readAgenda(trx, agendaId, { items: false }), joinedFingerprints(trx, agendaId, 'actions'), joinedFingerprints(trx, agendaId, 'targets'),
  ]);
  return contentFingerprint(revisionContentOf(agenda), actions, targets);
}
