import type { ExchangeFile } from '../../../shared/domain/exchange';
import { AppError } from '../../../shared/errors';
import type { Trx } from '../services/common';

/**
 * Ids are UUIDs, so only a forged or damaged file brings an id that here already
 * belongs to another agenda. Writing it would change that other agenda; the
 * import is refused instead, naming what collides, before anything is written.
 */

interface Candidate { id: string; name: string }

function refuseClash(kind: string, candidate: Candidate): never {
  throw new AppError('VALIDATION', `Het uitwisselbestand is beschadigd: ${kind} “${candidate.name}” heeft een kenmerk dat hier al bij een andere werkagenda hoort. Er is niets ingelezen.`, 'text');
}

type AgendaTable = 'knelpunten' | 'actions' | 'targets' | 'signatories' | 'foundKnelpunten' | 'employers' | 'realisedJobs';

/** Rows of a table with an agenda_id of their own. */
async function requireOwn(trx: Trx, agendaId: string, table: AgendaTable, kind: string, candidates: Candidate[]): Promise<void> {
  if (candidates.length === 0) return;
  const clash = await trx.selectFrom(table).select('id').where('id', 'in', candidates.map((item) => item.id)).where('agendaId', '!=', agendaId).executeTakeFirst();
  if (clash) refuseClash(kind, candidates.find((item) => item.id === clash.id)!);
}

/** Rows that belong to an agenda through their action or target. */
async function requireOwnVia(trx: Trx, agendaId: string, table: 'milestones' | 'progressNotes' | 'measurements', kind: string, candidates: Candidate[]): Promise<void> {
  if (candidates.length === 0) return;
  const ids = candidates.map((item) => item.id);
  const clash = table === 'measurements'
    ? await trx.selectFrom('measurements').innerJoin('targets', 'targets.id', 'measurements.targetId').select('measurements.id as id')
      .where('measurements.id', 'in', ids).where('targets.agendaId', '!=', agendaId).executeTakeFirst()
    : await trx.selectFrom(table).innerJoin('actions', 'actions.id', `${table}.actionId`).select(`${table}.id as id`)
      .where(`${table}.id`, 'in', ids).where('actions.agendaId', '!=', agendaId).executeTakeFirst();
  if (clash) refuseClash(kind, candidates.find((item) => item.id === clash.id)!);
}

/** Every id a file whose content is taken would write, of the plan and of the execution, must be new here or already this agenda's. */
export async function requireOwnIds(trx: Trx, file: ExchangeFile): Promise<void> {
  const agendaId = file.agenda.id;
  const { draft } = file.agenda;
  const monitoring = file.monitoring;
  await requireOwn(trx, agendaId, 'knelpunten', 'knelpunt', draft.knelpunten.map(({ id, title }) => ({ id, name: title })));
  await requireOwn(trx, agendaId, 'actions', 'actie', draft.actions.map(({ id, title }) => ({ id, name: title })));
  await requireOwn(trx, agendaId, 'targets', 'doel', draft.targets.map(({ id, indicator }) => ({ id, name: indicator })));
  await requireOwn(trx, agendaId, 'signatories', 'ondertekenaar', draft.signatories.map(({ id, name }) => ({ id, name })));
  await requireOwnVia(trx, agendaId, 'milestones', 'mijlpaal', draft.actions.flatMap((action) => action.milestones.map(({ id, title }) => ({ id, name: title }))));
  await requireOwnVia(trx, agendaId, 'progressNotes', 'voortgangsnotitie', monitoring.progressNotes.map(({ id, date, author }) => ({ id, name: `${author}, ${date}` })));
  await requireOwnVia(trx, agendaId, 'measurements', 'meting', monitoring.measurements.map(({ id, date }) => ({ id, name: date })));
  await requireOwn(trx, agendaId, 'foundKnelpunten', 'gevonden knelpunt', monitoring.foundKnelpunten.map(({ id, title }) => ({ id, name: title })));
  await requireOwn(trx, agendaId, 'employers', 'werkgever', monitoring.employers.map(({ id, name }) => ({ id, name })));
  await requireOwn(trx, agendaId, 'realisedJobs', 'aantal gerealiseerde banen op', monitoring.realisedJobs.map(({ id, referenceDate }) => ({ id, name: referenceDate })));
}
