import { sql } from 'kysely';
import { auditChainText, type AuditEvent, type AuditKind } from '../../../../shared/domain/signoff';
import { newId, now, type Db, type Trx } from '../common';
import { sha256Hex } from './crypto';
import { currentActor } from './settings';

export const auditEventHash = (event: Parameters<typeof auditChainText>[0]) => sha256Hex(auditChainText(event));

/** What only this installation keeps of a line, to merge a burst of edits of one field (migration 0012). */
export interface LocalLineInfo { subject: string; beforeText: string }

/**
 * Writes one line of the audit trail, in the same transaction as what it records,
 * chained to the line written before it (imported lines included), so a line
 * rewritten, removed or made up in a file shows.
 */
export async function logEvent(trx: Trx, agendaId: string, kind: AuditKind, summary: string, actor?: string, local?: LocalLineInfo): Promise<void> {
  const previous = await trx.selectFrom('auditEvents').select('hash').where('agendaId', '=', agendaId).where('hash', 'is not', null)
    .orderBy(sql`rowid`, 'desc').limit(1).executeTakeFirst();
  const event = { id: newId(), agendaId, at: now(), actor: actor?.trim() || await currentActor(trx), kind, summary: summary.slice(0, 2000), prevHash: previous?.hash ?? null };
  await trx.insertInto('auditEvents').values({ ...event, hash: auditEventHash(event), subject: local?.subject ?? null, beforeText: local?.beforeText ?? null }).execute();
}

const eventColumns = ['id', 'agendaId', 'at', 'actor', 'kind', 'summary', 'prevHash', 'hash'] as const;

export async function listEvents(db: Db | Trx, agendaId: string): Promise<AuditEvent[]> {
  // Lines written in the same millisecond keep the order they were written in.
  const rows = await db.selectFrom('auditEvents').select(eventColumns).where('agendaId', '=', agendaId).orderBy('at', 'desc').orderBy(sql`rowid`, 'desc').execute();
  return rows.map((row) => ({ ...row, kind: row.kind as AuditKind }));
}
