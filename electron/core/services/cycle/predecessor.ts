import { logUpdate } from '../logbook/record';
import { lookbackDraft } from '../../../../shared/cycle/lookbackDraft';
import { predecessorCandidates, predecessorRefusal, type LinkableAgenda } from '../../../../shared/cycle/predecessorLink';
import { predecessorResults, type PredecessorData, type PredecessorResults } from '../../../../shared/cycle/predecessorResults';
import type { LookbackInfo } from '../../../../shared/domain/cycle';
import { todayIso } from '../../../../shared/domain/monitoring';
import { AppError } from '../../../../shared/errors';
import { formatPeriod } from '../../../../shared/format';
import { now, requireEditableAgenda, type Db, type Trx } from '../common';
import { loadJobs } from '../jobs/jobs';
import { logEvent } from '../signoff/audit';

/** Everything predecessorResults needs of one agenda; null when it is not in this installation or in the bin. */
export async function loadPredecessorData(db: Db | Trx, agendaId: string): Promise<PredecessorData | null> {
  const agenda = await db.selectFrom('agendas').innerJoin('sectors', 'sectors.id', 'agendas.sectorId')
    .select(['agendas.id', 'agendas.title', 'sectors.name as sectorName', 'agendas.startYear', 'agendas.endYear'])
    .where('agendas.id', '=', agendaId).where('agendas.deletedAt', 'is', null).executeTakeFirst();
  if (!agenda) return null;
  const targetIds = db.selectFrom('targets').select('id').where('agendaId', '=', agendaId);
  const [actions, targets, measurements, jobs] = await Promise.all([
    db.selectFrom('actions').leftJoin('actionEvaluations', 'actionEvaluations.actionId', 'actions.id')
      .select(['actions.id', 'actions.title', 'actions.status', 'actionEvaluations.result', 'actionEvaluations.why', 'actionEvaluations.lesson'])
      .where('actions.agendaId', '=', agendaId).orderBy('actions.sortOrder').execute(),
    db.selectFrom('targets').selectAll().where('agendaId', '=', agendaId).orderBy('sortOrder').execute(),
    db.selectFrom('measurements').select(['targetId', 'date', 'value']).where('targetId', 'in', targetIds).orderBy('date').orderBy('createdAt').execute(),
    loadJobs(db, agendaId),
  ]);
  return {
    ...agenda,
    actions: actions.map((action) => ({
      id: action.id, title: action.title, status: action.status,
      evaluation: { result: action.result ?? null, why: action.why ?? '', lesson: action.lesson ?? '' },
    })),
    targets: targets.map((target) => ({
      id: target.id, actionId: target.actionId, level: target.level, indicator: target.indicator, unit: target.unit,
      baseline: target.baseline, targetValue: target.targetValue, deadline: target.deadline, perYear: target.perYear === 1,
      measurements: measurements.filter((row) => row.targetId === target.id).map(({ date, value }) => ({ date, value })),
    })),
    jobs: { ...jobs.agenda, ...jobs },
  };
}

/** What the predecessor delivered, judged on 31 December of its last year or `today` when earlier; null when not available. */
export async function loadPredecessorResults(db: Db | Trx, predecessorId: string, today = todayIso()): Promise<PredecessorResults | null> {
  const data = await loadPredecessorData(db, predecessorId);
  return data ? predecessorResults(data, today) : null;
}

/** The draft Terugblik written from the predecessor; null when it is not available. */
export async function draftFor(db: Db | Trx, predecessorId: string, today = todayIso()): Promise<string | null> {
  const results = await loadPredecessorResults(db, predecessorId, today);
  return results ? lookbackDraft(results) : null;
}

async function linkable(db: Db | Trx): Promise<LinkableAgenda[]> {
  const rows = await db.selectFrom('agendas').select(['id', 'title', 'sectorId', 'startYear', 'endYear', 'deletedAt', 'predecessorId']).execute();
  return rows.map(({ deletedAt, ...row }) => ({ ...row, deleted: deletedAt !== null }));
}

/** The id of the predecessor an agenda names: linked here, or named by the exchange file it came from. */
async function namedPredecessor(db: Db | Trx, agendaId: string): Promise<{ linked: string | null; named: string | null }> {
  const row = await db.selectFrom('agendas').select(['predecessorId', 'importedPredecessorId', 'deletedAt']).where('id', '=', agendaId).executeTakeFirst();
  if (!row || row.deletedAt !== null) throw new AppError('NOT_FOUND', 'Deze werkagenda bestaat niet (meer).');
  return { linked: row.predecessorId, named: row.predecessorId ?? row.importedPredecessorId };
}

/** How the successor's Word export should name its predecessor: its results, "not in this installation", or nothing. */
export async function predecessorForExport(db: Db, agendaId: string, today: string): Promise<{ results: PredecessorResults } | { missing: 'elders' | 'verwijderd' } | null> {
  const { named } = await namedPredecessor(db, agendaId);
  if (!named) return null;
  const results = await loadPredecessorResults(db, named, today);
  if (results) return { results };
  const binned = await db.selectFrom('agendas').select('id').where('id', '=', named).where('deletedAt', 'is not', null).executeTakeFirst();
  return { missing: binned ? 'verwijderd' : 'elders' };
}

export async function loadLookback(db: Db, agendaId: string): Promise<LookbackInfo> {
  const { linked, named } = await namedPredecessor(db, agendaId);
  const all = await linkable(db);
  const self = all.find((entry) => entry.id === agendaId)!;
  const row = linked ? all.find((entry) => entry.id === linked) ?? null : null;
  const results = row && !row.deleted ? await loadPredecessorResults(db, row.id) : null;
  const strip = ({ id, title, startYear, endYear }: LinkableAgenda) => ({ id, title, startYear, endYear });
  return {
    predecessor: row ? { ...strip(row), deleted: row.deleted } : null,
    predecessorMissing: named !== null && !all.some((entry) => entry.id === named),
    results,
    draft: results ? lookbackDraft(results) : null,
    candidates: predecessorCandidates(self, all).map(strip),
  };
}

/**
 * Links (or unlinks) a predecessor. The link is not part of a revision's content, so a
 * vastgestelde agenda stays vastgesteld; the agenda's updatedAt is left alone for the same reason.
 */
export async function linkPredecessor(db: Db, agendaId: string, predecessorId: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, agendaId);
    const all = await linkable(trx);
    const agenda = all.find((entry) => entry.id === agendaId)!;
    const name = (entry: LinkableAgenda) => `“${entry.title}” (${formatPeriod(entry.startYear, entry.endYear)})`;
    if (predecessorId === null) {
      if (agenda.predecessorId === null) return;
      const old = all.find((entry) => entry.id === agenda.predecessorId);
      await trx.updateTable('agendas').set({ predecessorId: null }).where('id', '=', agendaId).execute();
      await logEvent(trx, agendaId, 'vorige_gekoppeld', `Koppeling met de vorige werkagenda${old ? ` ${name(old)}` : ''} verwijderd.`);
      return;
    }
    if (agenda.predecessorId === predecessorId) return;
    const candidate = all.find((entry) => entry.id === predecessorId);
    if (!candidate) throw new AppError('NOT_FOUND', 'De gekozen vorige werkagenda bestaat niet (meer).', 'predecessorId');
    const refusal = predecessorRefusal(agenda, candidate, all);
    if (refusal) throw new AppError(refusal.reason === 'opvolger' ? 'CONFLICT' : 'VALIDATION', refusal.message, 'predecessorId');
    await trx.updateTable('agendas').set({ predecessorId }).where('id', '=', agendaId).execute();
    await logEvent(trx, agendaId, 'vorige_gekoppeld', `Vorige werkagenda gekoppeld: ${name(candidate)}.`);
  });
}

/** Fills an empty Terugblik with the draft from the predecessor; never overwrites text. */
export async function fillLookbackDraft(db: Db, agendaId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, agendaId);
    const row = await trx.selectFrom('agendas').select(['lookback', 'predecessorId']).where('id', '=', agendaId).executeTakeFirstOrThrow();
    if (row.lookback.trim() !== '') {
      throw new AppError('CONFLICT', 'De terugblik bevat al tekst. Maak hem eerst leeg als u hem wilt vervangen door het concept uit de evaluatie.', 'lookback');
    }
    if (!row.predecessorId) throw new AppError('VALIDATION', 'Koppel eerst de vorige werkagenda.', 'predecessorId');
    const draft = await draftFor(trx, row.predecessorId);
    if (draft === null) throw new AppError('NOT_FOUND', 'De vorige werkagenda staat niet (meer) in deze installatie.', 'predecessorId');
    await trx.updateTable('agendas').set({ lookback: draft, updatedAt: now() }).where('id', '=', agendaId).execute();
    await logUpdate(trx, agendaId, 'agenda', agendaId, { lookback: '' }, { lookback: draft });
  });
}
