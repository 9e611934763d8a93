import type { Action, AgendaDetail, Knelpunt, Milestone, Signatory, Target } from '../../../../shared/domain/agenda';
import type { AgendaState } from '../../../../shared/domain/planChange';
import { sql, type Selectable } from 'kysely';
import { AppError } from '../../../../shared/errors';
import type { TargetTable } from '../../db/schema';
import type { Db } from '../common';
import { signoffStates } from '../signoff/states';
import type { ItemTable } from './draftContent';
import { actionLinkColumns, parseActionLinks } from './actionLinks';
import { idIn, keptConcept } from './draftHash';

/**
 * The items of the agenda, or only those of `only` among them. With ids given, SQLite should
 * find each by its key (an edit reads one of 300): the `+` keeps it from walking the agenda's
 * index instead, which costs several times as much.
 */
const ofAgendaOnly = (table: ItemTable, agendaId: string, only: readonly string[] | undefined) => only === undefined
  ? sql<boolean>`${sql.ref(`${table}.agendaId`)} = ${agendaId}`
  : sql<boolean>`+${sql.ref(`${table}.agendaId`)} = ${agendaId} AND ${idIn(`${table}.id`, only)}`;

/** The actions with their links and, likewise, their milestones, in one query (actionLinks.ts). */
const actionWithLinks = (db: Db) => db.selectFrom('actions').select([
  'id', 'agendaId', 'title', 'description', 'primaryTypeId', 'actor', 'nature', 'owner', 'startMonth', 'endMonth', 'jobsPrognosis',
  ...actionLinkColumns,
  sql<string>`(SELECT json_group_array(json_object('id', m.id, 'title', m.title, 'month', m.month, 'done', m.done) ORDER BY m.sort_order)
    FROM milestones m WHERE m.action_id = actions.id)`.as('milestones'),
]);

type ActionRow = Awaited<ReturnType<ReturnType<typeof actionWithLinks>['executeTakeFirstOrThrow']>>;
type MilestoneRow = Omit<Milestone, 'actionId' | 'done'> & { done: 0 | 1 };

function actionFromRow({ extraTypeIds, knelpuntIds, milestones, ...action }: ActionRow): Action {
  return {
    ...action,
    ...parseActionLinks({ extraTypeIds, knelpuntIds }),
    milestones: (JSON.parse(milestones) as MilestoneRow[]).map((milestone) => ({ ...milestone, actionId: action.id, done: milestone.done === 1 })),
  };
}

/** The actions of an agenda in their order, with their further types, knelpunt links and milestones; `only`: just these of them. */
export async function readActions(db: Db, agendaId: string, only?: readonly string[]): Promise<Action[]> {
  const rows = await actionWithLinks(db).where(ofAgendaOnly('actions', agendaId, only)).orderBy('sortOrder').execute();
  return rows.map(actionFromRow);
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
  return actionFromRow(await actionWithLinks(db).where('id', '=', id).executeTakeFirstOrThrow());
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
 * can be anything but a concept; what an edit keeps (draftHash.ts) mostly shows that the
 * draft is no longer its newest version, and else signoffStates checks the versions.
 */
export async function readAgendaState(db: Db, id: string): Promise<AgendaState> {
  const kept = await keptConcept(db, id);
  if (!kept) throw new AppError('NOT_FOUND', 'Deze werkagenda bestaat niet (meer).');
  const status = kept.concept ? 'concept' : (await signoffStates(db, [id])).get(id)?.status ?? 'concept';
  return { id, updatedAt: kept.updatedAt, status };
}
