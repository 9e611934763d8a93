import type { Result } from '../../shared/errors';
import { openDatabase, type OpenDatabase } from './db/database';
import { dispatch } from './dispatch';
import { createHandlers } from './services/handlers';

/** The application core as both shells see it: one data file, one invoke. */
export interface Core {
  dataFile: string;
  /** Validates `input` against the contract for `channel`, runs it, and never throws. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export async function startCore(dataFile: string): Promise<Core> {
  const database: OpenDatabase = await openDatabase(dataFile);
  const handlers = createHandlers(database.db);
  return {
    dataFile,
    invoke: (channel, input) => dispatch(handlers, channel, input),
    close: () => database.close(),
  };
}
