import type { Handlers } from '../../../shared/api';
import type { beheerApi } from '../../../shared/contract/beheer';
import * as reference from '../services/beheer/reference';
import type { Db } from '../services/common';

export function createBeheerHandlers(db: Db): Pick<Handlers, keyof typeof beheerApi> {
  return {
    'reference.get': () => reference.getReference(db),
    'sector.save': (input) => reference.saveSector(db, input),
    'actionType.update': (input) => reference.updateActionType(db, input),
  };
}
