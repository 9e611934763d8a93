import type { AgendaDetail } from '../../../../shared/domain/agenda';
import { todayIso } from '../../../../shared/domain/monitoring';
import type { ProgressReport, ReportBasis } from '../../../../shared/domain/report';
import { buildProgressReport, type ReportExecution } from '../../../../shared/report/progressReport';
import { loadAgenda } from '../plan/agendas';
import type { Db } from '../common';
import { loadEvaluation } from '../cycle/evaluation';
import { loadJobs } from '../jobs/jobs';
import { getRevision } from '../signoff/revisions';
import { signoffState } from '../signoff/status';

/**
 * The plan the report is about: the newest vastgestelde version when there is one (what the board signed is in
 * force, even while a later draft is being written), otherwise the draft, marked CONCEPT.
 */
async function planInForce(db: Db, agendaId: string): Promise<{ plan: AgendaDetail; basis: ReportBasis }> {
  const draft = await loadAgenda(db, agendaId);
  const { vastgesteldNumber } = await signoffState(db, draft);
  if (vastgesteldNumber === null) return { plan: draft, basis: { kind: 'concept' } };
  const { agenda, revision } = await getRevision(db, agendaId, vastgesteldNumber);
  return { plan: agenda, basis: { kind: 'vastgesteld', number: vastgesteldNumber, fingerprint: revision.fingerprint } };
}

/** What this installation recorded while the agenda ran; matched to the plan by id in shared/report. */
async function loadExecution(db: Db, agendaId: string): Promise<ReportExecution> {
  const actionIds = db.selectFrom('actions').select('id').where('agendaId', '=', agendaId);
  const targetIds = db.selectFrom('targets').select('id').where('agendaId', '=', agendaId);
  const [actions, done, notes, measurements, evaluation, jobs] = await Promise.all([
    db.selectFrom('actions').select(['id', 'status', 'statusDate']).where('agendaId', '=', agendaId).execute(),
    db.selectFrom('milestones').select('id').where('actionId', 'in', actionIds).where('done', '=', 1).execute(),
    db.selectFrom('progressNotes').select(['actionId', 'date', 'author', 'text', 'createdAt']).where('actionId', 'in', actionIds).execute(),
    db.selectFrom('measurements').select(['targetId', 'date', 'value', 'source', 'note']).where('targetId', 'in', targetIds).execute(),
    loadEvaluation(db, agendaId),
    loadJobs(db, agendaId),
  ]);
  return {
    actions,
    doneMilestoneIds: done.map((row) => row.id),
    notes,
    measurements,
    evaluations: evaluation.actions.map((action) => ({ actionId: action.id, actionTitle: action.title, ...action.evaluation })),
    foundKnelpunten: evaluation.foundKnelpunten,
    jobs: { employers: jobs.employers, realised: jobs.realised, quotumPercentages: jobs.quotumPercentages },
  };
}

/** The voortgangsrapportage of one agenda; `peildatum` null takes the default of shared/report/peildatum.ts. */
export async function loadReport(db: Db, agendaId: string, peildatum: string | null, today = todayIso()): Promise<ProgressReport> {
  const [{ plan, basis }, execution] = await Promise.all([planInForce(db, agendaId), loadExecution(db, agendaId)]);
  return buildProgressReport({ plan, basis, execution, peildatum, today });
}
