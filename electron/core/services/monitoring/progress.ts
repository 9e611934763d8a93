import { logUpdate, readLoggedRow } from '../logbook/record';
import { logEvent } from '../signoff/audit';
import { measurementSummary, progressNoteSummary } from '../../../../shared/logbook';
import type { AgendaProgress, NewMeasurement, NewProgressNote, TargetProgress, ActionStatus } from '../../../../shared/domain/monitoring';
import { actionStatusLabels, todayIso } from '../../../../shared/domain/monitoring';
import { AppError } from '../../../../shared/errors';
import { formatDate } from '../../../../shared/format';
import { progressOverview } from '../../../../shared/progress';
import { targetVerdict } from '../../../../shared/targetStatus';
import { agendaOf, flag, newId, now, requireEditableAgenda, touchAgenda, type Db, type Trx } from '../common';

/** Everything the Voortgang screen shows for one agenda, with the target statuses and the overview worked out. */
export async function loadProgress(db: Db, agendaId: string): Promise<AgendaProgress> {
  const agenda = await db.selectFrom('agendas').select(['id', 'title', 'startYear', 'endYear'])
    .where('id', '=', agendaId).where('deletedAt', 'is', null).executeTakeFirst();
  if (!agenda) throw new AppError('NOT_FOUND', 'Deze werkagenda bestaat niet (meer).');

  const actionIds = db.selectFrom('actions').select('id').where('agendaId', '=', agendaId);
  const targetIds = db.selectFrom('targets').select('id').where('agendaId', '=', agendaId);
  const [actions, milestones, notes, targets, measurements] = await Promise.all([
    db.selectFrom('actions').select(['id', 'title', 'status', 'statusDate']).where('agendaId', '=', agendaId).orderBy('sortOrder').execute(),
    db.selectFrom('milestones').select(['id', 'actionId', 'title', 'month', 'done']).where('actionId', 'in', actionIds).orderBy('sortOrder').execute(),
    db.selectFrom('progressNotes').selectAll().where('actionId', 'in', actionIds).orderBy('date', 'desc').orderBy('createdAt', 'desc').execute(),
    db.selectFrom('targets').selectAll().where('agendaId', '=', agendaId).orderBy('sortOrder').execute(),
    db.selectFrom('measurements').selectAll().where('targetId', 'in', targetIds).orderBy('date').orderBy('createdAt').execute(),
  ]);

  const periodStart = `${agenda.startYear}-01-01`;
  // Judged today, or at the end of the period once it is over (a target per year looks at the year of that day).
  const periodEnd = `${agenda.endYear}-12-31`;
  const asOf = todayIso() < periodEnd ? todayIso() : periodEnd;
  const progressOfTarget = (target: (typeof targets)[number]): TargetProgress => {
    const own = measurements.filter((row) => row.targetId === target.id)
      .map(({ createdAt: _c, ...row }) => row);
    const perYear = target.perYear === 1;
    const verdict = targetVerdict({ ...target, perYear }, own, periodStart, asOf);
    return {
      id: target.id, actionId: target.actionId, level: target.level, indicator: target.indicator, unit: target.unit,
      baseline: target.baseline, targetValue: target.targetValue, deadline: target.deadline, perYear,
      measurements: own, status: verdict.status, statusReason: verdict.reason,
    };
  };
  const targetProgress = targets.map(progressOfTarget);
  const actionProgress = actions.map((action) => ({
    id: action.id,
    title: action.title,
    status: action.status,
    statusDate: action.statusDate,
    milestones: milestones.filter((row) => row.actionId === action.id).map(({ actionId: _a, ...row }) => ({ ...row, done: row.done === 1 })),
    notes: notes.filter((row) => row.actionId === action.id),
    targets: targetProgress.filter((target) => target.actionId === action.id),
  }));

  return {
    agendaId: agenda.id,
    title: agenda.title,
    startYear: agenda.startYear,
    endYear: agenda.endYear,
    actions: actionProgress,
    agendaTargets: targetProgress.filter((target) => target.actionId === null),
    overview: progressOverview(actionProgress, targetProgress),
  };
}

/** Sets the status of an action; the day of a real change is kept for the follow-up rule. */
export async function setActionStatus(db: Db, id: string, status: ActionStatus): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, 'actions', id, 'Deze actie');
    const current = await trx.selectFrom('actions').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    if (current.status !== status) {
      const before = await readLoggedRow(trx, 'actionStatus', id);
      await trx.updateTable('actions').set({ status, statusDate: todayIso(), updatedAt: now() }).where('id', '=', id).execute();
      await touchAgenda(trx, agendaId);
      await logUpdate(trx, agendaId, 'actionStatus', id, before);
    }
    return agendaId;
  });
}

/** The day the status changed, entered afterwards; never a day still to come. */
export async function setActionStatusDate(db: Db, id: string, date: string | null): Promise<string> {
  if (date !== null && date > todayIso()) throw new AppError('VALIDATION', 'De datum van de status mag niet in de toekomst liggen.', 'date');
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, 'actions', id, 'Deze actie');
    const action = await trx.selectFrom('actions').select(['title', 'status', 'statusDate']).where('id', '=', id).executeTakeFirstOrThrow();
    if (action.statusDate === date) return agendaId;
    await trx.updateTable('actions').set({ statusDate: date, updatedAt: now() }).where('id', '=', id).execute();
    await touchAgenda(trx, agendaId);
    // A status change already writes its line; this one says the day was corrected afterwards.
    const day = (value: string | null) => (value ? formatDate(value) : 'geen datum');
    await logEvent(trx, agendaId, 'uitvoering_bijgewerkt',
      `Actie “${action.title}”: status “${actionStatusLabels[action.status]}” sinds ${day(date)} (was ${day(action.statusDate)}).`);
    return agendaId;
  });
}

export async function setMilestoneDone(db: Db, id: string, done: boolean): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('milestones').innerJoin('actions', 'actions.id', 'milestones.actionId')
      .select('actions.agendaId').where('milestones.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'Deze mijlpaal bestaat niet (meer).');
    await requireEditableAgenda(trx, row.agendaId);
    const before = await readLoggedRow(trx, 'milestoneDone', id);
    await trx.updateTable('milestones').set({ done: flag(done) }).where('id', '=', id).execute();
    await touchAgenda(trx, row.agendaId);
    await logUpdate(trx, row.agendaId, 'milestoneDone', id, before);
    return row.agendaId;
  });
}

export async function createProgressNote(db: Db, input: NewProgressNote): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, 'actions', input.actionId, 'Deze actie');
    await trx.insertInto('progressNotes').values({
      id: newId(), actionId: input.actionId, author: input.author, date: input.date, text: input.text, createdAt: now(),
    }).execute();
    await touchAgenda(trx, agendaId);
    const action = await trx.selectFrom('actions').select('title').where('id', '=', input.actionId).executeTakeFirstOrThrow();
    await logEvent(trx, agendaId, 'uitvoering_bijgewerkt', progressNoteSummary(action.title, input, true), input.author);
    return agendaId;
  });
}

export async function deleteProgressNote(db: Db, id: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('progressNotes').innerJoin('actions', 'actions.id', 'progressNotes.actionId')
      .select(['actions.agendaId', 'actions.title', 'progressNotes.date', 'progressNotes.text']).where('progressNotes.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'Deze notitie bestaat niet (meer).');
    await requireEditableAgenda(trx, row.agendaId);
    await trx.deleteFrom('progressNotes').where('id', '=', id).execute();
    await touchAgenda(trx, row.agendaId);
    await logEvent(trx, row.agendaId, 'uitvoering_bijgewerkt', progressNoteSummary(row.title, row, false));
    return row.agendaId;
  });
}

/** A measurement must fall in the agenda's period: 1 January of its first year to 31 December of its last. */
async function requireInPeriod(trx: Trx, agendaId: string, date: string): Promise<void> {
  const agenda = await trx.selectFrom('agendas').select(['startYear', 'endYear']).where('id', '=', agendaId).executeTakeFirstOrThrow();
  const first = `${agenda.startYear}-01-01`;
  const last = `${agenda.endYear}-12-31`;
  if (date < first || date > last) {
    throw new AppError('VALIDATION', `De datum moet in de looptijd van de werkagenda liggen: van ${formatDate(first)} tot en met ${formatDate(last)}.`, 'date');
  }
}

export async function createMeasurement(db: Db, input: NewMeasurement): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const agendaId = await agendaOf(trx, 'targets', input.targetId, 'Dit doel');
    await requireInPeriod(trx, agendaId, input.date);
    await trx.insertInto('measurements').values({
      id: newId(), targetId: input.targetId, date: input.date, value: input.value, source: input.source.trim(), note: input.note.trim(), createdAt: now(),
    }).execute();
    await touchAgenda(trx, agendaId);
    const target = await trx.selectFrom('targets').select('indicator').where('id', '=', input.targetId).executeTakeFirstOrThrow();
    await logEvent(trx, agendaId, 'uitvoering_bijgewerkt', measurementSummary(target.indicator, input, true));
    return agendaId;
  });
}

export async function deleteMeasurement(db: Db, id: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('measurements').innerJoin('targets', 'targets.id', 'measurements.targetId')
      .select(['targets.agendaId', 'targets.indicator', 'measurements.date', 'measurements.value']).where('measurements.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'Deze meting bestaat niet (meer).');
    await requireEditableAgenda(trx, row.agendaId);
    await trx.deleteFrom('measurements').where('id', '=', id).execute();
    await touchAgenda(trx, row.agendaId);
    await logEvent(trx, row.agendaId, 'uitvoering_bijgewerkt', measurementSummary(row.indicator, row, false));
    return row.agendaId;
  });
}
