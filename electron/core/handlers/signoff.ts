import type { Handlers } from '../../../shared/api';
import { exportExchange } from '../exchange/file';
import { importExchange, previewImport } from '../exchange/apply';
import type { Db } from '../services/common';
import { listEvents } from '../services/signoff/audit';
import { signoffOverview } from '../services/signoff/overview';
import { createRemark, setRemarkResolved } from '../services/signoff/remarks';
import { freezeRevision, getRevision } from '../services/signoff/revisions';
import { readSettings, updateUserName } from '../services/signoff/settings';
import { confirmKey } from '../services/signoff/keys';
import { signRevision } from '../services/signoff/signatures';

type SignoffChannels = 'signoff.get' | 'revision.freeze' | 'revision.get' | 'remark.create' | 'remark.setResolved' | 'signature.sign' | 'key.confirm' | 'audit.list'
  | 'settings.get' | 'settings.update' | 'exchange.export' | 'exchange.preview' | 'exchange.import';

export function createSignoffHandlers(db: Db): Pick<Handlers, SignoffChannels> {
  return {
    'signoff.get': ({ agendaId }) => signoffOverview(db, agendaId),
    'revision.freeze': ({ agendaId, by }) => freezeRevision(db, agendaId, by),
    'revision.get': ({ agendaId, number }) => getRevision(db, agendaId, number),
    'remark.create': (input) => createRemark(db, input),
    'remark.setResolved': ({ id, resolved, by }) => setRemarkResolved(db, id, resolved, by),
    'signature.sign': (input) => signRevision(db, input),
    'key.confirm': (input) => confirmKey(db, input),
    'audit.list': async ({ agendaId }) => ({ events: await listEvents(db, agendaId) }),
    'settings.get': () => readSettings(db),
    'settings.update': ({ userName }) => updateUserName(db, userName),
    'exchange.export': ({ agendaId }) => exportExchange(db, agendaId),
    'exchange.preview': (input) => previewImport(db, input),
    'exchange.import': (input) => importExchange(db, input),
  };
}
