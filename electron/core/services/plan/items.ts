import type { Action, AgendaDetail, Knelpunt, Milestone, Signatory, Target } from '../../../../shared/domain/agenda';
import type { AgendaState } from '../../../../shared/domain/planChange';
import { sql, type Selectable } from 'kysely';
import { groupBy } from '../../../../shared/groupBy';
import type { TargetTable } from '../../db/schema';
import type { Db } from '../common';
import { signoffStates } from '../signoff/states';
import type { ItemTable } from './draftContent';
import { idIn } from './draftHash';

/**
 * The items of the agenda, or only those of `only` among them. With ids given, SQLite should
 * find each by its key (an edit reads one of 300): the `+` keeps it from walking the agenda's
 * index instead, which costs several times as much.
 */
const ofAgendaOnly = (table: ItemTable, agendaId: string, only: readonly string[] | undefined) => only === undefined
  ? sql<boolean>`${sql.ref(`${table}.agendaId`)} = ${agendaId}`
  : sql<boolean>`+${sql.ref(`${table}.agendaId`)} = ${agendaId} AND ${idIn(`${table}.id`, only)}`;

/** The actions of an agenda in their order, with their further types, knelpunt links and milestones; `only`: just these of them. */
export async function readActions(db: Db, agendaId: string, only?: readonly string[]): Promise<Action[]> {
  const chosen = db.selectFrom('actions').where(ofAgendaOnly('actions', agendaId, only));
  const ofAgenda = chosen.select('id');
  const [actions, extraTypes, links, milestones] = await Promise.all([
    chosen.selectAll().orderBy('sortOrder').execute(),
    db.selectFrom('actionExtraTypes').selectAll().where('actionId', 'in', ofAgenda).orderBy('typeId').execute(),
    db.selectFrom('actionKnelpunten').selectAll().where('actionId', 'in', ofAgenda).execute(),
    db.selectFrom('milestones').selectAll().where('actionId', 'in', ofAgenda).orderBy('sortOrder').execute(),
  ]);
  const extraOf = groupBy(extraTypes, (row) => row.actionId);
  const linksOf = groupBy(links, (row) => row.actionId);
  const milestonesOf = groupBy(milestones, (row) => row.actionId);
  return actions.map(({ sortOrder: _s, createdAt: _c, updatedAt: _u, ...action }) => ({
    ...action,
    extraTypeIds: (extraOf.get(action.id) ?? []).map((row) => row.typeId),
    knelpuntIds: (linksOf.get(action.id) ?? []).map((row) => row.knelpuntId),
    milestones: (milestonesOf.get(action.id) ?? []).map(({ sortOrder: _m, ...milestone }) => ({ ...milestone, done: milestone.done === 1 })),
  }));
}

const targetFromRow = ({ sortOrder: _s, perYear, ...target }: Selectable<TargetTable>): Target => ({ ...target, perYear: perYear === 1 });

/** The targets of an agenda in their order; `only`: just these of them. */
export async function readTargets(db: Db, agendaId: string, only?: readonly string[]): Promise<Target[]> {
  const rows = await db.selectFrom('targets').selectAll().where(ofAgendaOnly('targets', agendaId, only)).orderBy('sortOrder').execute();
  return rows.map(targetFromRow);
}

/*
 * One item of an agenda read as loadAgenda reads it, for the answers of edits: the editor
 * merges the item instead of receiving the whole agenda (test/integration/plan-delta.test.ts
 * checks that the merge comes out the same as agenda.get).
 */

export async function readKnelpunt(db: Db, id: string): Promise<Knelpunt> {
  const [{ sortOrder: _s, createdAt: _c, ...knelpunt }, links] = await Promise.all([
    db.selectFrom('knelpunten').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('actionKnelpunten').innerJoin('actions', 'actions.id', 'actionKnelpunten.actionId')
      .select('actions.id').where('actionKnelpunten.knelpuntId', '=', id).orderBy('actions.sortOrder').execute(),
  ]);
  return { ...knelpunt, answeredByActionIds: links.map((link) => link.id) };
}

export async function readAction(db: Db, id: string): Promise<Action> {
  const [row, extraTypes, links, milestones] = await Promise.all([
    db.selectFrom('actions').select(['id', 'agendaId', 'title', 'description', 'primaryTypeId', 'actor', 'nature', 'owner', 'startMonth', 'endMonth', 'jobsPrognosis'])
      .where('id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('actionExtraTypes').select('typeId').where('actionId', '=', id).orderBy('typeId').execute(),
    db.selectFrom('actionKnelpunten').select('knelpuntId').where('actionId', '=', id).execute(),
    db.selectFrom('milestones').select(['id', 'actionId', 'title', 'month', 'done']).where('actionId', '=', id).orderBy('sortOrder').execute(),
  ]);
  return {
    ...row,
    extraTypeIds: extraTypes.map((type) => type.typeId),
    knelpuntIds: links.map((link) => link.knelpuntId),
    milestones: milestones.map((milestone) => ({ ...milestone, done: milestone.done === 1 })),
  };
}

export async function readMilestone(db: Db, id: string): Promise<Milestone> {
  const row = await db.selectFrom('milestones').select(['id', 'actionId', 'title', 'month', 'done']).where('id', '=', id).executeTakeFirstOrThrow();
  return { ...row, done: row.done === 1 };
}

export async function readTarget(db: Db, id: string): Promise<Target> {
  return targetFromRow(await db.selectFrom('targets').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
}

export async function readTargetsOfAction(db: Db, actionId: string): Promise<Target[]> {
  const rows = await db.selectFrom('targets').selectAll().where('actionId', '=', actionId).orderBy('sortOrder').execute();
  return rows.map(targetFromRow);
}

export async function readSignatory(db: Db, id: string): Promise<Signatory> {
  const { sortOrder: _s, ...signatory } = await db.selectFrom('signatories').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { ...signatory, required: signatory.required === 1 };
}

export async function readAgendaFields(db: Db, id: string): Promise<Pick<AgendaDetail, 'title' | 'startYear' | 'endYear' | 'introduction' | 'lookback' | 'objectives' | 'accountability' | 'employerCount'>> {
  return db.selectFrom('agendas').select(['title', 'startYear', 'endYear', 'introduction', 'lookback', 'objectives', 'accountability', 'employerCount'])
    .where('id', '=', id).executeTakeFirstOrThrow();
}

/**
 * What the editor needs of the agenda besides the item. Only an agenda that was ever frozen
 * can be anything but a concept; its status compares the draft's kept hash (draftHash.ts),
 * which an edit only costs the changed item to bring up to date.
 */
export async function readAgendaState(db: Db, id: string): Promise<AgendaState> {
  const [row, states] = await Promise.all([
    db.selectFrom('agendas').select(['id', 'updatedAt']).where('id', '=', id).executeTakeFirstOrThrow(),
    signoffStates(db, [id]),
  ]);
  return { ...row, status: states.get(id)?.status ?? 'concept' };
}
