import { readHelped } from '../cycle/helped';
import { actionLinkColumns, parseActionLinks } from '../plan/actionLinks';
import type { LoggedEntityName, LoggedRow, ValueNames } from '../../../../shared/logbook';
import type { Trx } from '../common';

/** An action as the Logboek compares it: its row with its further types and knelpunt links; null when there is none. */
export async function readLoggedAction(trx: Trx, id: string) {
  const row = await trx.selectFrom('actions').selectAll().select(actionLinkColumns).where('id', '=', id).executeTakeFirst();
  return row ? { ...row, ...parseActionLinks(row) } : null;
}

/**
 * An item as the Logboek compares it, read inside the change's transaction:
 * its row with its links, or null when it does not exist.
 */
export async function readLoggedRow(trx: Trx, entity: LoggedEntityName, id: string): Promise<LoggedRow | null> {
  switch (entity) {
    case 'agenda': return (await trx.selectFrom('agendas').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
    case 'knelpunt': return (await trx.selectFrom('knelpunten').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
    case 'action':
    case 'actionStatus': return readLoggedAction(trx, id);
    case 'milestone':
    case 'milestoneDone': {
      const row = await trx.selectFrom('milestones').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? { ...row, done: row.done === 1 } : null;
    }
    case 'target': {
      const row = await trx.selectFrom('targets').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? { ...row, perYear: row.perYear === 1 } : null;
    }
    case 'signatory': {
      const row = await trx.selectFrom('signatories').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? { ...row, required: row.required === 1 } : null;
    }
    case 'evaluation': {
      const action = await trx.selectFrom('actions').select(['id', 'title']).where('id', '=', id).executeTakeFirst();
      if (!action) return null;
      const evaluation = await trx.selectFrom('actionEvaluations').selectAll().where('actionId', '=', id).executeTakeFirst();
      return { title: action.title, result: evaluation?.result ?? null, why: evaluation?.why ?? '', lesson: evaluation?.lesson ?? '', helped: readHelped(evaluation?.helped) };
    }
    case 'foundKnelpunt': {
      const row = await trx.selectFrom('foundKnelpunten').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      const [actions, targets] = await Promise.all([
        trx.selectFrom('foundKnelpuntActions').select('actionId').where('foundId', '=', id).orderBy('actionId').execute(),
        trx.selectFrom('foundKnelpuntTargets').select('targetId').where('foundId', '=', id).orderBy('targetId').execute(),
      ]);
      return { ...row, actionIds: actions.map((link) => link.actionId), targetIds: targets.map((link) => link.targetId) };
    }
    case 'employer': return (await trx.selectFrom('employers').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
    case 'goodExample': {
      const row = await trx.selectFrom('goodExamples').innerJoin('actions', 'actions.id', 'goodExamples.actionId')
        .selectAll('goodExamples').select('actions.title').where('goodExamples.actionId', '=', id).executeTakeFirst();
      return row ? { ...row, consent: row.consent === 1 } : null;
    }
    case 'jobGoal':
    case 'unusedType':
      throw new Error(`${entity} has no row of its own to read: the service passes it`);
  }
}

/** The titles a line needs for the ids it names, read only when it names them. */
export async function readNames(trx: Trx, agendaId: string, needed: ReadonlySet<keyof ValueNames>): Promise<ValueNames> {
  const names: ValueNames = {};
  if (needed.has('types')) names.types = new Map((await trx.selectFrom('actionTypes').select(['id', 'name']).execute()).map((row) => [row.id, row.name]));
  if (needed.has('knelpunten')) {
    names.knelpunten = new Map((await trx.selectFrom('knelpunten').select(['id', 'title']).where('agendaId', '=', agendaId).execute()).map((row) => [row.id, row.title]));
  }
  if (needed.has('catalogue')) {
    names.catalogue = new Map((await trx.selectFrom('catalogueItems').select(['id', 'code', 'title']).execute()).map((row) => [row.id, `${row.code} ${row.title}`]));
  }
  if (needed.has('sectors')) names.sectors = new Map((await trx.selectFrom('sectors').select(['id', 'name']).execute()).map((row) => [row.id, row.name]));
  if (needed.has('actions')) {
    names.actions = new Map((await trx.selectFrom('actions').select(['id', 'title']).where('agendaId', '=', agendaId).execute()).map((row) => [row.id, row.title]));
  }
  if (needed.has('targets')) {
    names.targets = new Map((await trx.selectFrom('targets').select(['id', 'indicator']).where('agendaId', '=', agendaId).execute()).map((row) => [row.id, row.indicator]));
  }
  return names;
}
