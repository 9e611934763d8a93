import type { Action, AgendaDetail, Knelpunt, Milestone, Signatory, Target } from '../../../../shared/domain/agenda';
import type { AgendaState } from '../../../../shared/domain/planChange';
import type { Db } from '../common';
import { signoffState } from '../signoff/status';
import { readAgenda } from './agendas';

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
  const { sortOrder: _s, perYear, ...target } = await db.selectFrom('targets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { ...target, perYear: perYear === 1 };
}

export async function readTargetsOfAction(db: Db, actionId: string): Promise<Target[]> {
  const rows = await db.selectFrom('targets').selectAll().where('actionId', '=', actionId).orderBy('sortOrder').execute();
  return rows.map(({ sortOrder: _s, perYear, ...target }) => ({ ...target, perYear: perYear === 1 }));
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
 * can be anything but a concept, and only then does its content need reading and hashing.
 */
export async function readAgendaState(db: Db, id: string): Promise<AgendaState> {
  const [row, frozen] = await Promise.all([
    db.selectFrom('agendas').select(['id', 'updatedAt']).where('id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('revisions').select('id').where('agendaId', '=', id).limit(1).executeTakeFirst(),
  ]);
  const status = frozen ? (await signoffState(db, await readAgenda(db, id))).status : 'concept';
  return { ...row, status };
}
