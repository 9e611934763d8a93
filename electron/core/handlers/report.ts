import type { Handlers } from '../../../shared/api';
import type { reportApi } from '../../../shared/contract/report';
import { localIsoDate } from '../export';
import { exportReportDocx, reportFileName } from '../export/reportDocx';
import type { Db } from '../services/common';
import { logEvent } from '../services/signoff/audit';
import { loadReport } from '../services/report/load';

/** The voortgangsrapportage: on screen, and as a Word document whose making is written in the Logboek. */
export function createReportHandlers(db: Db): Pick<Handlers, keyof typeof reportApi> {
  return {
    'report.get': ({ agendaId, peildatum }) => loadReport(db, agendaId, peildatum),
    'report.exportDocx': async ({ agendaId, peildatum }) => {
      const report = await loadReport(db, agendaId, peildatum);
      const data = await exportReportDocx(report, localIsoDate());
      const fileName = reportFileName(report);
      await db.transaction().execute((trx) => logEvent(trx, agendaId, 'geexporteerd', `Voortgangsrapportage gemaakt: ${fileName}.`));
      return { fileName, base64: data.toString('base64') };
    },
  };
}
