import type { Handlers } from '../../../shared/api';
import type { BackupChannel } from '../../../shared/contract/backup';
import { exportAgendaById } from '../export';
import * as actions from './actions';
import * as agendas from './agendas';
import type { Db } from './common';
import { createCycleHandlers } from './cycle/handlers';
import { createExamplesHandlers } from './examples/handlers';
import * as goals from './goals';
import { createJobsHandlers } from './jobs/handlers';
import { createMonitoringHandlers } from './monitoring/handlers';
import * as knelpunten from './knelpunten';
import * as reference from './reference';
import * as signatories from './signatories';
import { createSignoffHandlers } from './signoff/handlers';
import { logEvent } from './signoff/audit';
import { createOverlegHandlers } from './overleg/handlers';
import { createReportHandlers } from './report/handlers';
import * as targets from './targets';

/**
 * The core's implementation of the API contract. Mutations inside an agenda
 * return the whole agenda, so the editor simply replaces its state.
 */
/** Every channel but the backup ones, which need the data file itself (see ../index.ts). */
export function createHandlers(db: Db): Omit<Handlers, BackupChannel> {
  const reload = (agendaId: Promise<string>) => agendaId.then((id) => agendas.loadAgenda(db, id));
  return {
    'reference.get': () => reference.getReference(db),
    'sector.save': (input) => reference.saveSector(db, input),
    'actionType.update': (input) => reference.updateActionType(db, input),

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

    ...createMonitoringHandlers(db),
    ...createJobsHandlers(db),
    ...createCycleHandlers(db),
    ...createExamplesHandlers(db),
    ...createSignoffHandlers(db),
    ...createOverlegHandlers(db),
    ...createReportHandlers(db),
  };
}
