import { travellingExample } from '../../../shared/examples';
import { listExamples } from '../services/examples/store';
import { exchangeFormat, exchangeVersion, type ExchangeFile, type ExchangeMonitoring } from '../../../shared/domain/exchange';
import { RevisionContentSchema, type RevisionContent } from '../../../shared/domain/signoff';
import { revisionContentOf } from '../../../shared/revisionContent';
import { suggestedFileName } from '../export/agendaDocx';
import { loadAgenda } from '../services/plan/agendas';
import { now, type Db, type Trx } from '../services/common';
import { loadEvaluation } from '../services/cycle/evaluation';
import { loadJobs } from '../services/jobs/jobs';
import { listEvents, logEvent } from '../services/signoff/audit';
import { loadRemarks } from '../services/signoff/overview';
import { installationKey } from '../services/signoff/installationKey';
import { getSettings } from '../services/signoff/settings';
import { auditHeadOf, signExchangeFile } from './fileSignature';
import { loadRevisions, loadSignatures } from '../services/signoff/store';

/** A stored revision's content as it travels: parsed when it can be, else as stored, so a damaged one stays visibly damaged. */
function travellingContent(stored: string): RevisionContent {
  const parsed = RevisionContentSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : (JSON.parse(stored) as RevisionContent);
}

/** Do and Act of the agenda's actions: status, milestones ticked off, notes, evaluations, knelpunten found, good examples. */
async function loadExecution(db: Db | Trx, agendaId: string): Promise<Omit<ExchangeMonitoring, 'measurements' | 'employers' | 'realisedJobs' | 'quotumPercentages'>> {
  const actionIds = db.selectFrom('actions').select('id').where('agendaId', '=', agendaId);
  const [actions, milestones, notes, evaluation] = await Promise.all([
    db.selectFrom('actions').select(['id', 'status', 'statusDate']).where('agendaId', '=', agendaId).orderBy('sortOrder').execute(),
    db.selectFrom('milestones').select(['id', 'done']).where('actionId', 'in', actionIds).orderBy('actionId').orderBy('sortOrder').execute(),
    db.selectFrom('progressNotes').select(['id', 'actionId', 'author', 'date', 'text', 'createdAt']).where('actionId', 'in', actionIds)
      .orderBy('date').orderBy('createdAt').execute(),
    loadEvaluation(db, agendaId),
  ]);
  const { examples } = await listExamples(db, agendaId);
  return {
    actionStatuses: actions.map((action) => ({ actionId: action.id, status: action.status, statusDate: action.statusDate })),
    milestones: milestones.map((milestone) => ({ id: milestone.id, done: milestone.done === 1 })),
    progressNotes: notes,
    evaluations: evaluation.actions
      .filter(({ evaluation: value }) => value.result !== null || value.why !== '' || value.lesson !== '' || value.helped.length > 0)
      .map(({ id, evaluation: value }) => ({ actionId: id, ...value })),
    foundKnelpunten: evaluation.foundKnelpunten.map(({ agendaId: _a, ...found }) => found),
    goodExamples: examples.map(({ updatedAt: _u, ...example }) => travellingExample(example)),
  };
}

/** Everything about one agenda that another installation needs; never the signing keys. */
export async function buildExchangeFile(db: Db | Trx, agendaId: string): Promise<ExchangeFile> {
  const agenda = await loadAgenda(db, agendaId);
  const [row, revisions, signatures, remarks, settings, jobs, measurements, execution] = await Promise.all([
    db.selectFrom('agendas').innerJoin('sectors', 'sectors.id', 'agendas.sectorId')
      .select(['agendas.createdAt', 'agendas.importedPredecessorId', 'sectors.isEmployer'])
      .where('agendas.id', '=', agendaId).executeTakeFirstOrThrow(),
    loadRevisions(db, agendaId), loadSignatures(db, agendaId), loadRemarks(db, agendaId), getSettings(db), loadJobs(db, agendaId),
    db.selectFrom('measurements').innerJoin('targets', 'targets.id', 'measurements.targetId')
      .select(['measurements.id', 'measurements.targetId', 'measurements.date', 'measurements.value', 'measurements.source', 'measurements.note'])
      .where('targets.agendaId', '=', agendaId).orderBy('measurements.date').execute(),
    loadExecution(db, agendaId),
  ]);
  const audit = (await listEvents(db, agendaId)).reverse();
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
      content: travellingContent(revision.content), freezePublicKey: revision.freezePublicKey, freezeSignature: revision.freezeSignature,
    })),
    remarks,
    signatures,
    audit,
    auditHead: auditHeadOf(audit),
    monitoring: {
      measurements,
      employers: jobs.employers.map((employer) => ({ id: employer.id, name: employer.name, hours: employer.hours })),
      realisedJobs: jobs.realised.map(({ agendaId: _a, ...realised }) => realised),
      ...execution,
      // What the figures here use: for an agenda imported before, the percentages its own file carried.
      quotumPercentages: jobs.quotumPercentages.filter((entry) => entry.year >= agenda.startYear && entry.year <= agenda.endYear),
    },
  };
}

/** "Uitwisselbestand exporteren": the export is written down first, so the file carries that line of the audit trail too. */
export async function exportExchange(db: Db, agendaId: string): Promise<{ fileName: string; base64: string }> {
  const file = await db.transaction().execute(async (trx) => {
    const agenda = await loadAgenda(trx, agendaId);
    const latest = (await loadRevisions(trx, agendaId)).at(-1);
    await logEvent(trx, agendaId, 'geexporteerd', `Uitwisselbestand gemaakt van ${latest ? `versie ${latest.number}` : 'het concept'}${agenda.status === 'concept' && latest ? ' en het concept' : ''}.`);
    return signExchangeFile(await buildExchangeFile(trx, agendaId), await installationKey(trx));
  });
  const latest = file.revisions.at(-1)?.number ?? null;
  const fileName = suggestedFileName({ ...file.agenda.draft, sectorName: file.agenda.sectorName }, latest, 'werkagenda');
  return { fileName, base64: Buffer.from(JSON.stringify(file, null, 2), 'utf8').toString('base64') };
}
