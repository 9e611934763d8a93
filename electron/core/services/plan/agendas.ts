import type { AgendaDetail, AgendaPatch, AgendaSummary, NewAgenda } from '../../../../shared/domain/agenda';
import { AppError } from '../../../../shared/errors';
import { answeringActions } from '../../../../shared/revisionContent';
import { agendaScore } from '../../../../shared/score';
import { definedOnly, newId, now, requireEditableAgenda, type Db } from '../common';
import { signoffState } from '../signoff/status';
import { signoffStates } from '../signoff/states';
import { listSummaries } from './listSummary';
import { keepDraftComparison } from './draftHash';
import { logEvent } from '../signoff/audit';
import { logUpdate, readLoggedRow } from '../logbook/record';
import { readActions, readTargets } from './items';

/** The whole agenda as the editor and the export see it, with its status as its revisions and signatures make it. */
export async function loadAgenda(db: Db, id: string): Promise<AgendaDetail> {
  const agenda = await readAgenda(db, id);
  return { ...agenda, status: (await signoffState(db, agenda)).status };
}

/**
 * The agenda's rows; the stored status column predates revisions and is not read (see signoff/verify.ts).
 * `items: false` leaves its actions and targets out (empty), for a draft's content assembled from kept parts (draftContent.ts).
 */
export async function readAgenda(db: Db, id: string, options: { items?: boolean } = {}): Promise<Omit<AgendaDetail, 'status'>> {
  const items = options.items ?? true;
  const agenda = await db.selectFrom('agendas')
    .innerJoin('sectors', 'sectors.id', 'agendas.sectorId')
    .selectAll('agendas').select('sectors.name as sectorName')
    .where('agendas.id', '=', id).where('agendas.deletedAt', 'is', null)
    .executeTakeFirst();
  if (!agenda) throw new AppError('NOT_FOUND', 'Deze werkagenda bestaat niet (meer).');

  const [knelpunten, actions, targets, jobGoals, reasons, signatories] = await Promise.all([
    db.selectFrom('knelpunten').selectAll().where('agendaId', '=', id).orderBy('sortOrder').execute(),
    items ? readActions(db, id) : [],
    items ? readTargets(db, id) : [],
    db.selectFrom('jobGoals').select(['year', 'jobs']).where('agendaId', '=', id).orderBy('year').execute(),
    db.selectFrom('unusedTypeReasons').select(['typeId', 'reason']).where('agendaId', '=', id).orderBy('typeId').execute(),
    db.selectFrom('signatories').selectAll().where('agendaId', '=', id).orderBy('sortOrder').execute(),
  ]);
  const answeredBy = answeringActions(actions);

  return {
    id: agenda.id,
    sectorId: agenda.sectorId,
    sectorName: agenda.sectorName,
    startYear: agenda.startYear,
    endYear: agenda.endYear,
    title: agenda.title,
    predecessorId: agenda.predecessorId,
    importedFrom: agenda.importedFrom,
    introduction: agenda.introduction,
    lookback: agenda.lookback,
    objectives: agenda.objectives,
    accountability: agenda.accountability,
    employerCount: agenda.employerCount,
    createdAt: agenda.createdAt,
    updatedAt: agenda.updatedAt,
    knelpunten: knelpunten.map(({ sortOrder: _s, createdAt: _c, ...knelpunt }) => ({ ...knelpunt, answeredByActionIds: answeredBy.get(knelpunt.id) ?? [] })),
    actions,
    targets,
    jobGoals,
    unusedTypeReasons: reasons,
    signatories: signatories.map(({ sortOrder: _s, ...signatory }) => ({ ...signatory, required: signatory.required === 1 })),
  };
}

/** The start list: every agenda's summary in a fixed number of queries, from what is stored beside it (listSummary.ts, signoff/states.ts). */
export async function listAgendas(db: Db): Promise<{ agendas: AgendaSummary[]; deleted: AgendaSummary[] }> {
  const [rows, types] = await Promise.all([
    db.selectFrom('agendas').innerJoin('sectors', 'sectors.id', 'agendas.sectorId')
      .select(['agendas.id', 'agendas.sectorId', 'sectors.name as sectorName', 'agendas.startYear', 'agendas.endYear', 'agendas.title',
        'agendas.status', 'agendas.updatedAt', 'agendas.deletedAt', 'agendas.listSummary'])
      .orderBy('sectors.sortOrder').orderBy('agendas.startYear', 'desc').orderBy('agendas.title').execute(),
    db.selectFrom('actionTypes').select('id').execute(),
  ]);
  const counted = await listSummaries(db, rows);
  const statusById = await signoffStates(db, rows.filter((row) => row.deletedAt === null).map((row) => row.id));

  const summaries: AgendaSummary[] = rows.map(({ listSummary: _l, ...row }) => {
    const { typeIds, actionCount } = counted.get(row.id)!;
    return {
      ...row,
      status: statusById.get(row.id)?.status ?? 'concept',
      vastgesteldNumber: statusById.get(row.id)?.vastgesteldNumber ?? null,
      vastgesteldKeys: statusById.get(row.id)?.vastgesteldKeys ?? null,
      actionCount,
      score: agendaScore({ actions: typeIds.map((typeId) => ({ primaryTypeId: typeId, extraTypeIds: [] })) }, types),
    };
  });
  return { agendas: summaries.filter((row) => row.deletedAt === null), deleted: summaries.filter((row) => row.deletedAt !== null) };
}

export async function createAgenda(db: Db, input: NewAgenda): Promise<AgendaDetail> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const sector = await trx.selectFrom('sectors').select('id').where('id', '=', input.sectorId).executeTakeFirst();
    if (!sector) throw new AppError('VALIDATION', 'Kies een bestaande sector.', 'sectorId');
    const timestamp = now();
    await trx.insertInto('agendas').values({
      id, sectorId: input.sectorId, startYear: input.startYear, endYear: input.endYear, title: input.title,
      status: 'concept', predecessorId: null, introduction: '', lookback: '', objectives: '', accountability: '',
      createdAt: timestamp, updatedAt: timestamp, deletedAt: null,
    }).execute();
    await logEvent(trx, id, 'aangemaakt', `Werkagenda “${input.title}” aangemaakt.`);
  });
  return loadAgenda(db, id);
}

export async function updateAgenda(db: Db, id: string, patch: AgendaPatch): Promise<string> {
  await db.transaction().execute(async (trx) => {
    await requireEditableAgenda(trx, id);
    const current = await trx.selectFrom('agendas').select(['startYear', 'endYear']).where('id', '=', id).executeTakeFirstOrThrow();
    const startYear = patch.startYear ?? current.startYear;
    const endYear = patch.endYear ?? current.endYear;
    if (endYear < startYear || endYear - startYear > 9) {
      throw new AppError('VALIDATION', 'Het eindjaar moet in of na het beginjaar liggen, hoogstens tien jaar verder.', 'patch.endYear');
    }
    const before = await readLoggedRow(trx, 'agenda', id);
    await trx.updateTable('agendas').set({ ...definedOnly(patch), updatedAt: now() }).where('id', '=', id).execute();
    await keepDraftComparison(trx, id);
    await logUpdate(trx, id, 'agenda', id, before);
  });
  return id;
}

/** Moves an agenda to the bin; it can be restored, so nothing is lost by a slip. */
export async function deleteAgenda(db: Db, id: string): Promise<{ id: string }> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('agendas').set({ deletedAt: now() }).where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new AppError('NOT_FOUND', 'Deze werkagenda bestaat niet (meer).');
    await logEvent(trx, id, 'naar_prullenbak', 'Werkagenda naar de prullenbak verplaatst; hij kan worden teruggehaald.');
    return { id };
  });
}

export async function restoreAgenda(db: Db, id: string): Promise<{ id: string }> {
  return db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('agendas').set({ deletedAt: null }).where('id', '=', id).where('deletedAt', 'is not', null).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new AppError('NOT_FOUND', 'Deze werkagenda staat niet bij de verwijderde werkagenda’s.');
    await logEvent(trx, id, 'teruggehaald', 'Werkagenda teruggehaald uit de prullenbak.');
    return { id };
  });
}
