import type { Handlers } from '../../../shared/api';
import type { wordImportApi } from '../../../shared/contract/wordImport';
import type { Db } from '../services/common';
import { createFromWord } from '../services/wordImport/create';
import { proposeFromWord } from '../services/wordImport/propose';

export function createWordImportHandlers(db: Db): Pick<Handlers, keyof typeof wordImportApi> {
  return {
    'wordImport.read': (input) => proposeFromWord(db, input),
    'wordImport.create': (input) => createFromWord(db, input),
  };
}
