import type { Handlers } from '../../../shared/api';
import type { examplesApi } from '../../../shared/contract/examples';
import { filterLibrary } from '../../../shared/examples';
import { localIsoDate } from '../export';
import { examplesFileName, exportExamplesDocx } from '../export/examplesDocx';
import type { Db } from '../services/common';
import { getReference } from '../services/beheer/reference';
import { loadLibrary } from '../services/examples/library';
import { deleteExample, listExamples, saveExample } from '../services/examples/store';

export function createExamplesHandlers(db: Db): Pick<Handlers, keyof typeof examplesApi> {
  return {
    'goodExample.list': ({ agendaId }) => listExamples(db, agendaId),
    'goodExample.save': (input) => saveExample(db, input),
    'goodExample.delete': ({ actionId }) => deleteExample(db, actionId),
    'goodExample.library': () => loadLibrary(db),
    'goodExample.exportDocx': async (filter) => {
      const [{ entries }, reference] = await Promise.all([loadLibrary(db), getReference(db)]);
      const bytes = await exportExamplesDocx({ entries: filterLibrary(entries, filter), filter, actionTypes: reference.actionTypes, generatedOn: localIsoDate() });
      return { fileName: examplesFileName(), base64: bytes.toString('base64') };
    },
  };
}
