import { CanonicalPart, canonicalJson, writeCanonical } from '../../../../shared/canonical';
import { actionContentOf, revisionContentOf, targetContentOf } from '../../../../shared/revisionContent';
import type { Trx } from '../common';
import { readAgenda } from './agendas';
import { readActions, readTargets } from './items';

type Part = { id: string; canonical: string | null };

/**
 * A draft's canonical content, handed to `write` piece by piece: together byte for byte what
 * hashContent(revisionContentOf(readAgenda)) gives, assembled from the canonical form kept for
 * each action and target (draft_fragments, migration 0020): only the items changed since they
 * were last kept are read and serialised again, and kept. Runs inside the caller's transaction,
 * so no edit slips in between.
 */
export async function writeDraftCanonical(trx: Trx, agendaId: string, write: (piece: string) => void): Promise<void> {
  const [agenda, actionParts, targetParts] = await Promise.all([
    readAgenda(trx, agendaId, { items: false }),
    trx.selectFrom('actions').leftJoin('draftFragments', 'draftFragments.itemId', 'actions.id')
      .select(['actions.id', 'draftFragments.canonical']).where('actions.agendaId', '=', agendaId).orderBy('actions.sortOrder').execute(),
    trx.selectFrom('targets').leftJoin('draftFragments', 'draftFragments.itemId', 'targets.id')
      .select(['targets.id', 'draftFragments.canonical']).where('targets.agendaId', '=', agendaId).orderBy('targets.sortOrder').execute(),
  ]);
  const missing = (parts: Part[]) => parts.filter((part) => part.canonical === null).map((part) => part.id);
  const staleActions = missing(actionParts);
  const staleTargets = missing(targetParts);
  const fresh = new Map<string, string>();
  if (staleActions.length > 0) for (const action of await readActions(trx, agendaId, staleActions)) fresh.set(action.id, canonicalJson(actionContentOf(action)));
  if (staleTargets.length > 0) for (const target of await readTargets(trx, agendaId, staleTargets)) fresh.set(target.id, canonicalJson(targetContentOf(target)));
  const kept = [...fresh].map(([itemId, canonical]) => ({ itemId, canonical }));
  for (let start = 0; start < kept.length; start += 200) {
    await trx.insertInto('draftFragments').values(kept.slice(start, start + 200))
      .onConflict((conflict) => conflict.column('itemId').doUpdateSet((eb) => ({ canonical: eb.ref('excluded.canonical') }))).execute();
  }
  const part = ({ id, canonical }: Part) => new CanonicalPart(canonical ?? fresh.get(id)!);
  writeCanonical({ ...revisionContentOf(agenda), actions: actionParts.map(part), targets: targetParts.map(part) }, write);
}
