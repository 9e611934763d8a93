import type { Handlers } from '../../../shared/api';
import type { monitoringApi } from '../../../shared/contract/monitoring';
import type { Db } from '../services/common';
import * as progress from '../services/monitoring/progress';

/** Do and Check. Every mutation is one transaction and answers with the agenda's whole progress. */
export function createMonitoringHandlers(db: Db): Pick<Handlers, keyof typeof monitoringApi> {
  const reload = (agendaId: Promise<string>) => agendaId.then((id) => progress.loadProgress(db, id));
  return {
    'progress.get': ({ agendaId }) => progress.loadProgress(db, agendaId),
    'action.setStatus': ({ id, status }) => reload(progress.setActionStatus(db, id, status)),
    'action.setStatusDate': ({ id, date }) => reload(progress.setActionStatusDate(db, id, date)),
    'milestone.setDone': ({ id, done }) => reload(progress.setMilestoneDone(db, id, done)),
    'progressNote.create': (input) => reload(progress.createProgressNote(db, input)),
    'progressNote.delete': ({ id }) => reload(progress.deleteProgressNote(db, id)),
    'measurement.create': (input) => reload(progress.createMeasurement(db, input)),
    'measurement.delete': ({ id }) => reload(progress.deleteMeasurement(db, id)),
  };
}
