import { exchangeFormat, exchangeVersion, type ExchangeFile } from '../../../shared/domain/exchange';
import { RevisionContentSchema, type RevisionContent } from '../../../shared/domain/signoff';
import { revisionContentOf } from '../../../shared/revisionContent';
import { suggestedFileName } from '../export/agendaDocx';
import { loadAgenda } from '../services/agendas';
import { now, type Db, type Trx } from '../services/common';
import { loadJobs } from '../services/jobs/jobs';
import { listEvents, logEvent } from '../services/signoff/audit';
import { loadRemarks } from '../services/signoff/overview';
import { getSettings } from '../services/signoff/settings';
import { loadRevisions, loadSignatures } from '../services/signoff/store';

/** A stored revision's content as it travels: parsed when it can be, else as stored, so a damaged one stays visibly damaged. */
function travellingContent(stored: string): RevisionContent {
  const parsed = RevisionContentSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : (JSON.parse(stored) as RevisionContent);
}

/** Everything about one agenda that another installation needs; never the signing keys. */
export async function buildExchangeFile(db: Db | Trx, agendaId: string): Promise<ExchangeFile> {
  const agenda = await loadAgenda(db, agendaId);
  const [row, revisions, signatures, remarks, settings, jobs, measurements] = await Promise.all([
    db.selectFrom('agendas').innerJoin('sectors', 'sectors.id', 'agendas.sectorId')
      .select(['agendas.createdAt', 'agendas.importedPredecessorId', 'sectors.isEmployer'])
      .where('agendas.id', '=', agendaId).executeTakeFirstOrThrow(),
    loadRevisions(db, agendaId), loadSignatures(db, agendaId), loadRemarks(db, agendaId), getSettings(db), loadJobs(db, agendaId),
    db.selectFrom('measurements').innerJoin('targets', 'targets.id', 'measurements.targetId')
      .select(['measurements.id', 'measurements.targetId', 'measurements.date', 'measurements.value', 'measurements.source', 'measurements.note'])
      .where('targets.agendaId', '=', agendaId).orderBy('measurements.date').execute(),
  ]);
  return {
    format: exchangeFormat,
    version: exchangeVersion,
    exportedAt: now(),
    exportedBy: { installationId: settings.installationId, name: settings.userName },
    agenda: {
      id: agenda.id, sectorName: agenda.sectorName, sectorIsEmployer: row.isEmployer === 1, predecessorId: agenda.predecessorId ?? row.importedPredecessorId,
      createdAt: row.createdAt, draft: revisionContentOf(agenda),
    },
    revisions: revisions.map((revision) => ({
      id: revision.id, number: revision.number, hash: revision.hash, frozenAt: revision.frozenAt, frozenBy: revision.frozenBy,
      content: travellingContent(revision.content),
    })),
    remarks,
    signatures,
    audit: (await listEvents(db, agendaId)).reverse(),
    monitoring: {
      measurements,
      employers: jobs.employers.map((employer) => ({ id: employer.id, name: employer.name, hours: employer.hours })),
      realisedJobs: jobs.realised.map(({ agendaId: _a, ...realised }) => realised),
    },
  };
}

/** "Uitwisselbestand exporteren": the export is written down first, so the file carries that line of the audit trail too. */
export async function exportExchange(db: Db, agendaId: string): Promise<{ fileName: string; base64: string }> {
  const file = await db.transaction().execute(async (trx) => {
    const agenda = await loadAgenda(trx, agendaId);
    const latest = (await loadRevisions(trx, agendaId)).at(-1);
    await logEvent(trx, agendaId, 'geexporteerd', `Uitwisselbestand gemaakt van ${latest ? `versie ${latest.number}` : 'het concept'}${agenda.status === 'concept' && latest ? ' en het concept' : ''}.`);
    return buildExchangeFile(trx, agendaId);
  });
  const latest = file.revisions.at(-1)?.number ?? null;
  const fileName = suggestedFileName({ ...file.agenda.draft, sectorName: file.agenda.sectorName }, latest, 'werkagenda');
  return { fileName, base64: Buffer.from(JSON.stringify(file, null, 2), 'utf8').toString('base64') };
}
