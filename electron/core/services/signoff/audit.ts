import type { AuditEvent, AuditKind } from '../../../../shared/domain/signoff';
import { newId, now, type Db, type Trx } from '../common';
import { currentActor } from './settings';

/** Writes one line of the audit trail, in the same transaction as what it records. */
export async function logEvent(trx: Trx, agendaId: string, kind: AuditKind, summary: string, actor?: string): Promise<void> {
  await trx.insertInto('auditEvents').values({
    id: newId(), agendaId, at: now(), actor: actor?.trim() || await currentActor(trx), kind, summary,
  }).execute();
}

export async function listEvents(db: Db | Trx, agendaId: string): Promise<AuditEvent[]> {
  const rows = await db.selectFrom('auditEvents').selectAll().where('agendaId', '=', agendaId).orderBy('at', 'desc').orderBy('id').execute();
  return rows.map((row) => ({ ...row, kind: row.kind as AuditKind }));
}
