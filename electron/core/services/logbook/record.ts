import { sql } from 'kysely';
import {
  createdSummary, deletedSummary, fieldChangeLines, fieldChangeSummary, loggedEntities, namesNeeded, changedFields,
  type FieldChangeLine, type LoggedEntityName, type LoggedRow,
} from '../../../../shared/logbook';
import type { AuditKind } from '../../../../shared/domain/signoff';
import { now, type Trx } from '../common';
import { auditEventHash, logEvent } from '../signoff/audit';
import { currentActor } from '../signoff/settings';
import { readLoggedAction, readLoggedRow, readNames } from './rows';

/** Autosave sends a field every pause in typing; edits of one field this close together make one line. */
export const mergeWindowMs = 10 * 60_000;

/**
 * Writes the line of one field's change. While the agenda's last line is about the
 * same field, by the same person, and recent, that line is rewritten instead: it keeps
 * what the field said before the burst and takes what it says now. Only the last line
 * is ever rewritten, and only one this installation wrote (imported lines have no
 * subject); any export or import writes a line after it, so a line that left this
 * installation is never changed. An edit that ends where the burst began leaves no line.
 */
async function logFieldChange(trx: Trx, agendaId: string, kind: AuditKind, line: FieldChangeLine): Promise<void> {
  const actor = await currentActor(trx);
  const last = await trx.selectFrom('auditEvents').select(['id', 'at', 'actor', 'kind', 'subject', 'beforeText', 'prevHash'])
    .where('agendaId', '=', agendaId).orderBy(sql`rowid`, 'desc').limit(1).executeTakeFirst();
  const at = now();
  if (last && last.subject === line.subject && last.actor === actor && last.kind === kind && Date.parse(at) - Date.parse(last.at) < mergeWindowMs) {
    const before = last.beforeText ?? '';
    if (before === line.after) {
      await trx.deleteFrom('auditEvents').where('id', '=', last.id).execute();
      return;
    }
    const summary = fieldChangeSummary({ ...line, before });
    const hash = auditEventHash({ id: last.id, agendaId, at, actor, kind, summary, prevHash: last.prevHash });
    await trx.updateTable('auditEvents').set({ at, summary, hash }).where('id', '=', last.id).execute();
    return;
  }
  await noteFirstChangeAfterFreeze(trx, agendaId, kind);
  await logEvent(trx, agendaId, kind, fieldChangeSummary(line), actor, { subject: line.subject, beforeText: line.before });
}

/**
 * The change that ends "ter ondertekening" or "vastgesteld" gets a line of its own saying so:
 * from here on the agenda is a new concept, and signatures hold for the frozen version only.
 */
async function noteFirstChangeAfterFreeze(trx: Trx, agendaId: string, kind: AuditKind): Promise<void> {
  if (kind !== 'plan_gewijzigd') return;
  // One query on every new line: the latest version, whether it changed since, and whether it was signed.
  const latest = await trx.selectFrom('revisions').where('revisions.agendaId', '=', agendaId).orderBy('revisions.number', 'desc').limit(1)
    .select((eb) => [
      'revisions.number', 'revisions.frozenAt',
      eb.exists(eb.selectFrom('auditEvents').select('auditEvents.id').whereRef('auditEvents.agendaId', '=', 'revisions.agendaId')
        .where('auditEvents.kind', '=', 'plan_gewijzigd').whereRef('auditEvents.at', '>=', 'revisions.frozenAt')).as('changedSince'),
      eb.exists(eb.selectFrom('signatures').select('signatures.id').whereRef('signatures.agendaId', '=', 'revisions.agendaId')
        .whereRef('signatures.revisionNumber', '=', 'revisions.number')).as('signed'),
    ]).executeTakeFirst();
  if (!latest || latest.changedSince) return;
  await logEvent(trx, agendaId, 'plan_gewijzigd',
    `Eerste wijziging na versie ${latest.number}: vanaf nu is dit een nieuw concept. ${latest.signed ? 'De handtekeningen gelden' : 'Ondertekenen kan'} alleen voor versie ${latest.number}.`);
}

/** The lines of an item's change: one per field that differs between `before` and now. */
export async function logUpdate(trx: Trx, agendaId: string, entity: LoggedEntityName, id: string, before: LoggedRow | null, after?: LoggedRow | null): Promise<void> {
  const current = after === undefined ? await readLoggedRow(trx, entity, id) : after;
  if (!before || !current) return;
  const fields = changedFields(entity, before, current);
  if (fields.length === 0) return;
  const names = await readNames(trx, agendaId, namesNeeded(entity, fields));
  for (const line of fieldChangeLines(entity, id, before, current, names)) await logFieldChange(trx, agendaId, loggedEntities[entity].kind, line);
}

export async function logCreate(trx: Trx, agendaId: string, entity: LoggedEntityName, id: string, row?: LoggedRow): Promise<void> {
  const created = row ?? await readLoggedRow(trx, entity, id);
  if (!created) return;
  const kind = loggedEntities[entity].kind;
  await noteFirstChangeAfterFreeze(trx, agendaId, kind);
  await logEvent(trx, agendaId, kind, createdSummary(entity, created));
}

export async function logDelete(trx: Trx, agendaId: string, entity: LoggedEntityName, before: LoggedRow | null): Promise<void> {
  if (!before) return;
  const kind = loggedEntities[entity].kind;
  await noteFirstChangeAfterFreeze(trx, agendaId, kind);
  await logEvent(trx, agendaId, kind, deletedSummary(entity, before));
}

export { readLoggedAction, readLoggedRow };
