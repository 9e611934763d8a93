import type { Result } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import { openDatabase, type OpenDatabase } from './db/database';
import { dispatch } from './dispatch';
import { createBackupHandlers } from './handlers/backup';
import { automaticBackup } from './services/backup/files';
import { createHandlers } from './handlers/index';
import type { Handlers } from '../../shared/api';

/** The application core as both shells see it: one data file, one invoke. */
export interface Core {
  dataFile: string;
  /** Validates `input` against the contract for `channel`, runs it, and never throws. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

export interface CoreOptions {
  /** Tests only: the clock of the automatic daily backup. */
  now?: () => Date;
}

export async function startCore(dataFile: string, options: CoreOptions = {}): Promise<Core> {
  let database: OpenDatabase = await openDatabase(dataFile);
  if (dataFile !== ':memory:') automaticBackup(database.sqlite, dataFile, options.now?.());

  // A restore swaps the database under the handlers: it waits until no other call runs,
  // and calls that arrive meanwhile wait until the new file is open.
  let running = 0;
  let exclusive: Promise<void> | null = null;
  let whenIdle: (() => void) | null = null;

  const replaceDatabase = async (install: () => void, undo: () => void) => {
    if (exclusive) throw new AppError('CONFLICT', 'Er wordt al een reservekopie teruggezet. Wacht tot dat klaar is.');
    let release!: () => void;
    exclusive = new Promise<void>((resolve) => { release = resolve; });
    try {
      // The restore call itself is one of the running calls.
      if (running > 1) await new Promise<void>((resolve) => { whenIdle = resolve; });
      await database.close();
      install();
      try {
        database = await openDatabase(dataFile);
      } catch (error) {
        console.error('opening the restored file failed', error);
        undo();
        database = await openDatabase(dataFile);
        throw new AppError('VALIDATION', 'De reservekopie kon niet worden geopend; uw gegevens zijn teruggezet zoals ze waren. Kies een andere reservekopie.');
      } finally {
        handlers = buildHandlers();
      }
    } finally {
      exclusive = null;
      release();
    }
  };

  const buildHandlers = (): Handlers => ({
    ...createHandlers(database.db),
    ...createBackupHandlers({ dataFile, sqlite: () => database.sqlite, db: () => database.db, replaceDatabase }),
  });
  let handlers = buildHandlers();

  return {
    dataFile,
    invoke: async (channel, input) => {
      while (exclusive) await exclusive;
      running += 1;
      try {
        return await dispatch(handlers, channel, input);
      } finally {
        running -= 1;
        if (running <= 1 && whenIdle) {
          const resolve = whenIdle;
          whenIdle = null;
          resolve();
        }
      }
    },
    close: () => database.close(),
  };
}
