import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../../shared/errors';
import type { Database } from '../db/schema';
import { logDelete, logUpdate, readLoggedRow } from './logbook/record';
import { draftComparison, type ChangedPart } from './plan/draftHash';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;

/** What a create answers: the agenda's id and the new item's id. */
export interface Created { agendaId: string; id: string }

export const newId = (): string => randomUUID();
export const now = (): string => new Date().toISOString();
export const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);

/** Looks up the agenda a row belongs to; unknown rows and agendas in the bin are NOT_FOUND. */
export async function agendaOf(trx: Trx | Db, table: 'knelpunten' | 'actions' | 'targets' | 'signatories', id: string, what: string): Promise<string> {
  // One query on every edit: the item, and whether its agenda is still there.
  const row = await trx.selectFrom(table).leftJoin('agendas', 'agendas.id', `${table}.agendaId`)
    .select([`${table}.agendaId as agendaId`, 'agendas.id as foundId', 'agendas.deletedAt']).where(`${table}.id`, '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `${what} bestaat niet (meer).`);
  refuseMissingAgenda(row.foundId === null ? undefined : row);
  return row.agendaId;
}

export async function requireEditableAgenda(trx: Trx | Db, agendaId: string): Promise<void> {
  refuseMissingAgenda(await trx.selectFrom('agendas').select('deletedAt').where('id', '=', agendaId).executeTakeFirst());
}

/** An agenda that is not there, or is in the bin, cannot be changed. */
function refuseMissingAgenda(agenda: { deletedAt: string | null } | undefined): void {
  if (!agenda || agenda.deletedAt !== null) throw new AppError('NOT_FOUND', 'Deze werkagenda bestaat niet (meer).');
}

/**
 * Marks the agenda as changed and keeps what tells whether its draft is still the signed version
 * (draftComparison), in one write; every edit inside it calls this in the same transaction,
 * after its last change. `changed`: the one action or target the edit changed, if it changed one.
 */
export async function touchAgenda(trx: Trx, agendaId: string, changed?: ChangedPart): Promise<void> {
  const kept = await draftComparison(trx, agendaId, changed);
  await trx.updateTable('agendas').set({ updatedAt: now(), ...kept }).where('id', '=', agendaId).execute();
}

export async function nextSortOrder(trx: Trx, table: 'knelpunten' | 'actions' | 'targets' | 'signatories', agendaId: string): Promise<number> {
  const row = await trx.selectFrom(table).select((eb) => eb.fn.max('sortOrder').as('max')).where('agendaId', '=', agendaId).executeTakeFirst();
  return (row?.max ?? 0) + 1;
}

/** Drops keys whose value is undefined, so a partial patch only touches what it names. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

type AgendaTable = 'knelpunten' | 'actions' | 'targets' | 'signatories';
const entityOf = { knelpunten: 'knelpunt', actions: 'action', targets: 'target', signatories: 'signatory' } as const;

/** One edit of a row inside an agenda: in one transaction, on an agenda not in the bin, marking it changed. Returns the agenda's id. */
export async function changeRow(db: Db, table: AgendaTable, id: string, what: string, change: (trx: Trx) => Promise<unknown>): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, table, id, what);
    const before = await readLoggedRow(trx, entityOf[table], id);
    await change(trx);
    await touchAgenda(trx, agendaId, table === 'actions' || table === 'targets' ? { table, id } : undefined);
    await logUpdate(trx, agendaId, entityOf[table], id, before);
    return agendaId;
  });
}

/** Deletes a row of an agenda (its links go by ON DELETE CASCADE). Returns the agenda's id. */
export function deleteRow(db: Db, table: AgendaTable, id: string, what: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, table, id, what);
    const before = await readLoggedRow(trx, entityOf[table], id);
    await trx.deleteFrom(table).where('id', '=', id).execute();
    await touchAgenda(trx, agendaId);
    await logDelete(trx, agendaId, entityOf[table], before);
    return agendaId;
  });
}
