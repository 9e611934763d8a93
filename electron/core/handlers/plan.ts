import type { Handlers } from '../../../shared/api';
import type { planApi } from '../../../shared/contract/plan';
import { exportAgendaById } from '../export';
import type { Db } from '../services/common';
import * as actions from '../services/plan/actions';
import * as agendas from '../services/plan/agendas';
import * as goals from '../services/plan/goals';
import * as knelpunten from '../services/plan/knelpunten';
import * as signatories from '../services/plan/signatories';
import * as targets from '../services/plan/targets';
import { logEvent } from '../services/signoff/audit';

type PlanHandlers = Pick<Handlers, keyof typeof planApi>;

/** Mutations inside an agenda answer with the whole agenda, so the editor simply replaces its state. */
export function createPlanHandlers(db: Db): PlanHandlers {
  const reload = (agendaId: Promise<string>) => agendaId.then((id) => agendas.loadAgenda(db, id));
  return {
    'agenda.list': () => agendas.listAgendas(db),
    'agenda.create': (input) => agendas.createAgenda(db, input),
    'agenda.get': ({ id }) => agendas.loadAgenda(db, id),
    'agenda.update': ({ id, patch }) => agendas.updateAgenda(db, id, patch),
    'agenda.delete': ({ id }) => agendas.deleteAgenda(db, id),
    'agenda.restore': ({ id }) => agendas.restoreAgenda(db, id),
    'agenda.exportDocx': async ({ id, revisionNumber }) => {
      const { fileName, data } = await exportAgendaById(db, id, revisionNumber);
      await db.transaction().execute((trx) => logEvent(trx, id, 'geexporteerd', `Word-document gemaakt: ${fileName}.`));
      return { fileName, base64: data.toString('base64') };
    },

    'knelpunt.create': (input) => reload(knelpunten.createKnelpunt(db, input)),
    'knelpunt.update': ({ id, patch }) => reload(knelpunten.updateKnelpunt(db, id, patch)),
    'knelpunt.delete': ({ id }) => reload(knelpunten.deleteKnelpunt(db, id)),

    'action.create': (input) => reload(actions.createAction(db, input)),
    'action.update': ({ id, patch }) => reload(actions.updateAction(db, id, patch)),
    'action.delete': ({ id }) => reload(actions.deleteAction(db, id)),

    'milestone.create': (input) => reload(actions.createMilestone(db, input)),
    'milestone.update': ({ id, patch }) => reload(actions.updateMilestone(db, id, patch)),
    'milestone.delete': ({ id }) => reload(actions.deleteMilestone(db, id)),

    'target.create': (input) => reload(targets.createTarget(db, input)),
    'target.update': ({ id, patch }) => reload(targets.updateTarget(db, id, patch)),
    'target.delete': ({ id }) => reload(targets.deleteTarget(db, id)),

    'jobGoal.set': (input) => reload(goals.setJobGoal(db, input)),
    'unusedType.set': (input) => reload(goals.setUnusedTypeReason(db, input)),

    'signatory.create': (input) => reload(signatories.createSignatory(db, input)),
    'signatory.update': ({ id, patch }) => reload(signatories.updateSignatory(db, id, patch)),
    'signatory.delete': ({ id }) => reload(signatories.deleteSignatory(db, id)),
  };
}
