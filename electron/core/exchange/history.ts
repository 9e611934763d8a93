import type { ExchangeFile } from '../../../shared/domain/exchange';
import { formatDate } from '../../../shared/format';
import type { Db, Trx } from '../services/common';
import { auditEventHash } from '../services/signoff/audit';

/**
 * A file signed again by whoever changed it passes its own checks; what this
 * installation already holds does not change with it. Logboek lines and revisions the
 * file shares with this installation (same id or number) must say the same here and
 * there, else the file rewrote history this installation saw.
 */
export async function historyProblems(db: Db | Trx, file: ExchangeFile): Promise<string[]> {
  const agendaId = file.agenda.id;
  const [events, revisions] = await Promise.all([
    db.selectFrom('auditEvents').selectAll().where('agendaId', '=', agendaId).execute(),
    db.selectFrom('revisions').select(['number', 'hash', 'frozenBy', 'frozenAt']).where('agendaId', '=', agendaId).execute(),
  ]);
  const problems: string[] = [];
  const local = new Map(events.map((event) => [event.id, event]));
  for (const event of file.audit) {
    const here = local.get(event.id);
    if (!here) continue;
    const same = auditEventHash({ ...event, prevHash: null }) === auditEventHash({ ...here, prevHash: null });
    if (!same) {
      let day = here.at;
      try { day = formatDate(here.at.slice(0, 10)); } catch { /* shown as stored */ }
      problems.push(`Logboek: de regel van ${day} (“${here.summary.slice(0, 80)}”) staat in het bestand anders dan hier; het logboek in het bestand is herschreven.`);
    }
  }
  const localRevisions = new Map(revisions.map((revision) => [revision.number, revision]));
  for (const revision of file.revisions) {
    const here = localRevisions.get(revision.number);
    if (here && here.hash === revision.hash && (here.frozenBy !== revision.frozenBy || here.frozenAt !== revision.frozenAt)) {
      problems.push(`Versie ${revision.number}: in het bestand staat een andere “vastgelegd door” of een ander tijdstip van vastleggen dan hier (hier: ${here.frozenBy}).`);
    }
  }
  return problems;
}
