import type { Handlers } from '../../../shared/api';
import type { planApi } from '../../../shared/contract/plan';
import type { Deletable, PlanChange } from '../../../shared/domain/planChange';
import { exportAgendaById } from '../export';
import type { Db } from '../services/common';
import * as actions from '../services/plan/actions';
import * as agendas from '../services/plan/agendas';
import * as items from '../services/plan/items';
import * as goals from '../services/plan/goals';
import * as knelpunten from '../services/plan/knelpunten';
import * as signatories from '../services/plan/signatories';
import * as targets from '../services/plan/targets';
import { logEvent } from '../services/signoff/audit';

type PlanHandlers = Pick<Handlers, keyof typeof planApi>;

/** Edits inside an agenda answer with what changed and the agenda's state (shared/domain/planChange.ts), never the whole agenda. */
export function createPlanHandlers(db: Db): PlanHandlers {
  const answer = async <C extends PlanChange>(agendaId: string, change: C) => ({ agenda: await items.readAgendaState(db, agendaId), change });
  const deleted = <E extends Deletable>(entity: E, id: string) => (agendaId: string) => answer(agendaId, { kind: 'deleted' as const, entity, id });
  const action = async (agendaId: string, id: string) => answer(agendaId, { kind: 'action' as const, action: await items.readAction(db, id) });
  const knelpunt = async (agendaId: string, id: string) => answer(agendaId, { kind: 'knelpunt' as const, knelpunt: await items.readKnelpunt(db, id) });
  const milestone = async (agendaId: string, id: string) => answer(agendaId, { kind: 'milestone' as const, milestone: await items.readMilestone(db, id) });
  const target = async (agendaId: string, id: string) => answer(agendaId, { kind: 'target' as const, target: await items.readTarget(db, id) });
  const signatory = async (agendaId: string, id: string) => answer(agendaId, { kind: 'signatory' as const, signatory: await items.readSignatory(db, id) });
  return {
    'agenda.list': () => agendas.listAgendas(db),
    'agenda.create': (input) => agendas.createAgenda(db, input),
    'agenda.get': ({ id }) => agendas.loadAgenda(db, id),
    'agenda.update': async ({ id, patch }) => {
      await agendas.updateAgenda(db, id, patch);
      return answer(id, { kind: 'agenda' as const, fields: await items.readAgendaFields(db, id) });
    },
    'agenda.delete': ({ id }) => agendas.deleteAgenda(db, id),
    'agenda.restore': ({ id }) => agendas.restoreAgenda(db, id),
    'agenda.exportDocx': async ({ id, revisionNumber }) => {
      const { fileName, data } = await exportAgendaById(db, id, revisionNumber);
      await db.transaction().execute((trx) => logEvent(trx, id, 'geexporteerd', `Word-document gemaakt: ${fileName}.`));
      return { fileName, base64: data.toString('base64') };
    },

    'knelpunt.create': async (input) => {
      const created = await knelpunten.createKnelpunt(db, input);
      return knelpunt(created.agendaId, created.id);
    },
    'knelpunt.update': async ({ id, patch }) => knelpunt(await knelpunten.updateKnelpunt(db, id, patch), id),
    'knelpunt.delete': async ({ id }) => deleted('knelpunt', id)(await knelpunten.deleteKnelpunt(db, id)),

    'action.create': async (input) => {
      const created = await actions.createAction(db, input);
      const [answer, targetsOfAction] = await Promise.all([action(created.agendaId, created.id), items.readTargetsOfAction(db, created.id)]);
      return { ...answer, change: { ...answer.change, targets: targetsOfAction } };
    },
    'action.update': async ({ id, patch }) => action(await actions.updateAction(db, id, patch), id),
    'action.delete': async ({ id }) => deleted('action', id)(await actions.deleteAction(db, id)),

    'milestone.create': async (input) => {
      const created = await actions.createMilestone(db, input);
      return milestone(created.agendaId, created.id);
    },
    'milestone.update': async ({ id, patch }) => milestone(await actions.updateMilestone(db, id, patch), id),
    'milestone.delete': async ({ id }) => deleted('milestone', id)(await actions.deleteMilestone(db, id)),

    'target.create': async (input) => {
      const created = await targets.createTarget(db, input);
      return target(created.agendaId, created.id);
    },
    'target.update': async ({ id, patch }) => target(await targets.updateTarget(db, id, patch), id),
    'target.delete': async ({ id }) => deleted('target', id)(await targets.deleteTarget(db, id)),

    'jobGoal.set': async (input) => answer(await goals.setJobGoal(db, input), { kind: 'jobGoal' as const, year: input.year, jobs: input.jobs }),
    'unusedType.set': async (input) => answer(await goals.setUnusedTypeReason(db, input), { kind: 'unusedType' as const, reason: { typeId: input.typeId, reason: input.reason } }),

    'signatory.create': async (input) => {
      const created = await signatories.createSignatory(db, input);
      return signatory(created.agendaId, created.id);
    },
    'signatory.update': async ({ id, patch }) => signatory(await signatories.updateSignatory(db, id, patch), id),
    'signatory.delete': async ({ id }) => deleted('signatory', id)(await signatories.deleteSignatory(db, id)),
  };
}
