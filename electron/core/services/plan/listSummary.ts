import { z } from 'zod';
import type { Db } from '../common';
import { idIn } from './draftHash';

const ListSummarySchema = z.object({ typeIds: z.array(z.number().int()), actionCount: z.number().int().min(0) });
export type ListSummary = z.infer<typeof ListSummarySchema>;

function parsed(text: string | null): ListSummary | null {
  if (text === null) return null;
  try {
    const summary = ListSummarySchema.safeParse(JSON.parse(text));
    return summary.success ? summary.data : null;
  } catch {
    return null;
  }
}

/**
 * What the start list shows of each agenda's actions (its distinct action types, for the
 * score, and how many there are), kept in agendas.list_summary beside the draft hash and
 * emptied by the same triggers (migration 0019). The emptied ones are counted again here,
 * in one transaction with the write, so an edit cannot slip in between.
 */
export async function listSummaries(db: Db, rows: readonly { id: string; listSummary: string | null }[]): Promise<Map<string, ListSummary>> {
  const summaries = new Map<string, ListSummary>();
  for (const row of rows) {
    const summary = parsed(row.listSummary);
    if (summary) summaries.set(row.id, summary);
  }
  const stale = rows.filter((row) => !summaries.has(row.id)).map((row) => row.id);
  if (stale.length === 0) return summaries;
  await db.transaction().execute(async (trx) => {
    const [primary, extra, counts] = await Promise.all([
      trx.selectFrom('actions').select(['agendaId', 'primaryTypeId as typeId']).where(idIn('agendaId', stale)).distinct().execute(),
      trx.selectFrom('actionExtraTypes').innerJoin('actions', 'actions.id', 'actionExtraTypes.actionId')
        .select(['actions.agendaId', 'actionExtraTypes.typeId']).where(idIn('actions.agendaId', stale)).distinct().execute(),
      trx.selectFrom('actions').select(['agendaId', (eb) => eb.fn.countAll<number>().as('count')]).where(idIn('agendaId', stale)).groupBy('agendaId').execute(),
    ]);
    const types = new Map<string, Set<number>>(stale.map((id) => [id, new Set()]));
    for (const row of [...primary, ...extra]) types.get(row.agendaId)?.add(row.typeId);
    const countOf = new Map(counts.map((row) => [row.agendaId, Number(row.count)]));
    for (const id of stale) {
      const summary = { typeIds: [...types.get(id)!].sort((a, b) => a - b), actionCount: countOf.get(id) ?? 0 };
      await trx.updateTable('agendas').set({ listSummary: JSON.stringify(summary) }).where('id', '=', id).execute();
      summaries.set(id, summary);
    }
  });
  return summaries;
}
