import { carriedStatuses } from '../../../../shared/domain/cycle';
import { AppError } from '../../../../shared/errors';
import { unusedSignificantTypes } from '../../../../shared/score';
import { formatPeriod } from '../../../../shared/format';
import { newId, now, requireEditableAgenda, type Db, type Trx } from '../common';
import { findSuccessor } from './evaluation';
import { draftFor } from './predecessor';
import { logEvent } from '../signoff/audit';

/** The title for the next period: the period in the title moves along, otherwise the new period is added. */
export function nextTitle(title: string, startYear: number, endYear: number, nextStart: number, nextEnd: number): string {
  const pattern = new RegExp(`${startYear}\\s*([-–/])\\s*${endYear}`);
  const moved = pattern.test(title)
    ? title.replace(pattern, (_match, dash: string) => `${nextStart}${dash}${nextEnd}`)
    : `${title} (${nextStart === nextEnd ? nextStart : `${nextStart}-${nextEnd}`})`;
  return moved.length <= 200 ? moved : moved.slice(0, 200);
}

/**
 * "Start volgende werkagenda": one transaction that creates the successor for the next
 * period of the same length, linked to its predecessor. Carried over:
 * - every found knelpunt becomes a knelpunt of the problem analysis (origin_found_id);
 * - every action still gepland or lopend becomes a 'voortgezet' action (origin_action_id)
 *   with its title, description, types, actor, owner and its targets (baseline: the
 *   latest measurement if any; no deadline), but without months, milestones or prognosis;
 *   a carried knelpunt is answered by the carried actions it was found at;
 * - the employers, with each one's latest entered hours for every year of the new period;
 * - the signatories (new ids), and the reasons for Significant types the successor still leaves out;
 * - a draft Terugblik written from the evaluation (shared/cycle/lookbackDraft.ts), for the user to edit.
 * Realised jobs, measurements, notes, evaluations and job goals stay with the predecessor,
 * which itself is not written to, but for the line in its Logboek that says the next one started.
 */
export async function startNextAgenda(db: Db, id: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, id);
    const existing = await findSuccessor(trx, id);
    if (existing) {
      const where = existing.deleted ? ' Die staat bij de verwijderde werkagenda’s; zet haar terug om verder te gaan.' : '';
      throw new AppError('CONFLICT', `Deze werkagenda heeft al een volgende werkagenda: “${existing.title}”.${where}`);
    }
    const agenda = await trx.selectFrom('agendas').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const startYear = agenda.endYear + 1;
    const endYear = startYear + (agenda.endYear - agenda.startYear);
    if (endYear > 2100) throw new AppError('VALIDATION', 'De volgende periode zou na 2100 eindigen.');

    const successorId = newId();
    const timestamp = now();
    await trx.insertInto('agendas').values({
      id: successorId, sectorId: agenda.sectorId, startYear, endYear,
      title: nextTitle(agenda.title, agenda.startYear, agenda.endYear, startYear, endYear),
      status: 'concept', predecessorId: id, introduction: '', lookback: await draftFor(trx, id) ?? '', objectives: '', accountability: '',
      createdAt: timestamp, updatedAt: timestamp, deletedAt: null,
    }).execute();

    const knelpunten = await carryKnelpunten(trx, id, successorId, timestamp);
    const actions = await carryActions(trx, id, successorId, timestamp);
    await linkCarriedKnelpunten(trx, knelpunten, actions);
    await carryEmployers(trx, id, successorId, startYear, endYear, timestamp);
    await carrySignatories(trx, id, successorId);
    await carryUnusedTypeReasons(trx, id, successorId);
    await logEvent(trx, successorId, 'aangemaakt', `Aangemaakt als volgende werkagenda van “${agenda.title}”.`);
    const successor = await trx.selectFrom('agendas').select('title').where('id', '=', successorId).executeTakeFirstOrThrow();
    await logEvent(trx, id, 'volgende_werkagenda', `Volgende werkagenda gestart: “${successor.title}” (${formatPeriod(startYear, endYear)}).`);
    return successorId;
  });
}

/** Returns the new knelpunt's id per found knelpunt. */
async function carryKnelpunten(trx: Trx, from: string, to: string, timestamp: string): Promise<Map<string, string>> {
  const found = await trx.selectFrom('foundKnelpunten').selectAll().where('agendaId', '=', from).orderBy('sortOrder').execute();
  const newIds = new Map(found.map((knelpunt) => [knelpunt.id, newId()]));
  if (found.length === 0) return newIds;
  await trx.insertInto('knelpunten').values(found.map((knelpunt, index) => ({
    id: newIds.get(knelpunt.id)!, agendaId: to, title: knelpunt.title, description: knelpunt.description, cause: knelpunt.cause,
    catalogueId: knelpunt.catalogueId, sortOrder: index + 1, createdAt: timestamp, originFoundId: knelpunt.id,
  }))).execute();
  return newIds;
}

/** A knelpunt found at an action is answered, in the successor, by the action that continues it. */
async function linkCarriedKnelpunten(trx: Trx, knelpunten: Map<string, string>, actions: Map<string, string>): Promise<void> {
  if (knelpunten.size === 0 || actions.size === 0) return;
  const links = await trx.selectFrom('foundKnelpuntActions').selectAll().where('foundId', 'in', [...knelpunten.keys()]).execute();
  const rows = links.filter((link) => actions.has(link.actionId))
    .map((link) => ({ actionId: actions.get(link.actionId)!, knelpuntId: knelpunten.get(link.foundId)! }));
  if (rows.length > 0) await trx.insertInto('actionKnelpunten').values(rows).execute();
}

async function carrySignatories(trx: Trx, from: string, to: string): Promise<void> {
  const signatories = await trx.selectFrom('signatories').selectAll().where('agendaId', '=', from).orderBy('sortOrder').execute();
  if (signatories.length === 0) return;
  await trx.insertInto('signatories').values(signatories.map((signatory) => ({ ...signatory, id: newId(), agendaId: to }))).execute();
}

/** Only reasons for types the successor still leaves out after the carried actions; a reason for a type now used would be stale. */
async function carryUnusedTypeReasons(trx: Trx, from: string, to: string): Promise<void> {
  const [reasons, types, actions, extra] = await Promise.all([
    trx.selectFrom('unusedTypeReasons').selectAll().where('agendaId', '=', from).orderBy('typeId').execute(),
    trx.selectFrom('actionTypes').select(['id', 'origin']).execute(),
    trx.selectFrom('actions').select(['id', 'primaryTypeId']).where('agendaId', '=', to).execute(),
    trx.selectFrom('actionExtraTypes').innerJoin('actions', 'actions.id', 'actionExtraTypes.actionId')
      .select(['actionExtraTypes.actionId', 'actionExtraTypes.typeId']).where('actions.agendaId', '=', to).execute(),
  ]);
  const unused = new Set(unusedSignificantTypes({
    actions: actions.map((action) => ({ primaryTypeId: action.primaryTypeId, extraTypeIds: extra.filter((row) => row.actionId === action.id).map((row) => row.typeId) })),
  }, types).map((type) => type.id));
  const carried = reasons.filter((reason) => unused.has(reason.typeId) && reason.reason.trim() !== '');
  if (carried.length > 0) await trx.insertInto('unusedTypeReasons').values(carried.map((reason) => ({ ...reason, agendaId: to }))).execute();
}

/** Returns the new action's id per carried action. */
async function carryActions(trx: Trx, from: string, to: string, timestamp: string): Promise<Map<string, string>> {
  const actions = await trx.selectFrom('actions').selectAll().where('agendaId', '=', from)
    .where('status', 'in', [...carriedStatuses]).orderBy('sortOrder').execute();
  if (actions.length === 0) return new Map();
  const ids = actions.map((action) => action.id);
  const [extraTypes, targets] = await Promise.all([
    trx.selectFrom('actionExtraTypes').selectAll().where('actionId', 'in', ids).execute(),
    trx.selectFrom('targets').selectAll().where('actionId', 'in', ids).orderBy('sortOrder').execute(),
  ]);
  const latest = new Map<string, number>();
  if (targets.length > 0) {
    const measurements = await trx.selectFrom('measurements').select(['targetId', 'value'])
      .where('targetId', 'in', targets.map((target) => target.id)).orderBy('date').orderBy('createdAt').execute();
    for (const measurement of measurements) latest.set(measurement.targetId, measurement.value);
  }

  const newIds = new Map(actions.map((action) => [action.id, newId()]));
  await trx.insertInto('actions').values(actions.map((action, index) => ({
    id: newIds.get(action.id)!, agendaId: to, title: action.title, description: action.description,
    primaryTypeId: action.primaryTypeId, actor: action.actor, nature: 'voortgezet' as const, owner: action.owner,
    startMonth: null, endMonth: null, jobsPrognosis: null, sortOrder: index + 1, createdAt: timestamp, updatedAt: timestamp,
    originActionId: action.id,
  }))).execute();
  if (extraTypes.length > 0) {
    await trx.insertInto('actionExtraTypes').values(extraTypes.map((row) => ({ actionId: newIds.get(row.actionId)!, typeId: row.typeId }))).execute();
  }
  if (targets.length > 0) {
    const max = await trx.selectFrom('targets').select((eb) => eb.fn.max('sortOrder').as('max')).where('agendaId', '=', to).executeTakeFirst();
    const base = max?.max ?? 0;
    await trx.insertInto('targets').values(targets.map((target, index) => ({
      id: newId(), agendaId: to, actionId: newIds.get(target.actionId!)!, level: target.level, indicator: target.indicator, unit: target.unit,
      baseline: target.perYear ? target.baseline : latest.get(target.id) ?? target.baseline, targetValue: target.targetValue, deadline: null,
      perYear: target.perYear, sortOrder: base + index + 1,
    }))).execute();
  }
  return newIds;
}

async function carryEmployers(trx: Trx, from: string, to: string, startYear: number, endYear: number, timestamp: string): Promise<void> {
  const employers = await trx.selectFrom('employers').selectAll().where('agendaId', '=', from).orderBy('sortOrder').execute();
  if (employers.length === 0) return;
  const hours = await trx.selectFrom('employerHours').selectAll()
    .where('employerId', 'in', employers.map((employer) => employer.id)).orderBy('year').execute();
  const latest = new Map(hours.map((row) => [row.employerId, row]));
  for (const [index, employer] of employers.entries()) {
    const id = newId();
    await trx.insertInto('employers').values({ id, agendaId: to, name: employer.name, sortOrder: index + 1, createdAt: timestamp }).execute();
    const last = latest.get(employer.id);
    if (!last) continue;
    const years = Array.from({ length: endYear - startYear + 1 }, (_, offset) => startYear + offset);
    await trx.insertInto('employerHours').values(years.map((year) => ({
      employerId: id, year, kind: last.kind, hoursPerYear: last.hoursPerYear, fte: last.fte, hoursPerWeek: last.hoursPerWeek,
    }))).execute();
  }
}
