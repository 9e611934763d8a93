import type { Handlers } from '../../../shared/api';
import type { BackupChannel } from '../../../shared/contract/backup';
import type { Db } from '../services/common';
import { createBeheerHandlers } from './beheer';
import { createCycleHandlers } from './cycle';
import { createExamplesHandlers } from './examples';
import { createJobsHandlers } from './jobs';
import { createMonitoringHandlers } from './monitoring';
import { createOverlegHandlers } from './overleg';
import { createPlanHandlers } from './plan';
import { createReportHandlers } from './report';
import { createSignoffHandlers } from './signoff';
import { createWordImportHandlers } from './wordImport';

/**
 * The core's implementation of the API contract, one file per capability, as in
 * shared/contract/. It sits above services/, export/ and exchange/, which never
 * import it, so a service stays a plain function of the database.
 * Every channel but the backup ones, which need the data file itself (see ../index.ts).
 */
export function createHandlers(db: Db): Omit<Handlers, BackupChannel> {
  return {
    ...createBeheerHandlers(db),
    ...createPlanHandlers(db),
    ...createMonitoringHandlers(db),
    ...createJobsHandlers(db),
    ...createCycleHandlers(db),
    ...createExamplesHandlers(db),
    ...createSignoffHandlers(db),
    ...createOverlegHandlers(db),
    ...createReportHandlers(db),
    ...createWordImportHandlers(db),
  };
}
