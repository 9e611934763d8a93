// The API on ipcMain: one handler for the whole contract. It checks who is
// calling and which channel, then hands the raw input to the core, which
// validates it with zod and answers with a Result (see electron/core/dispatch.ts).
// Calls in flight are counted so shutdown can wait for them (like Signal's sql channel).
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isChannel } from '../shared/api';
import { ipcChannels } from '../shared/bridge';
import type { ApiError, Result } from '../shared/errors';
import type { Core } from './core/index';
import { isTrustedUrl } from './security';

/** The one IPC channel of the API; preload.ts sends on the same name from shared/bridge.ts. */
export const invokeChannel = ipcChannels.invoke;

export interface ApiRegistration {
  /** Calls currently running in the core. */
  readonly inFlight: number;
  /** Refuses new calls and resolves once every running call has finished. */
  drain(): Promise<void>;
  /** Removes the handler. */
  dispose(): void;
}

const failure = (error: ApiError): Result<never> => ({ ok: false, error });

export function registerApi(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, core: Pick<Core, 'invoke'>): ApiRegistration {
  let inFlight = 0;
  let draining = false;
  let idle: Array<() => void> = [];

  const settle = () => {
    if (inFlight > 0) return;
    const waiting = idle;
    idle = [];
    for (const resolve of waiting) resolve();
  };

  const handler = async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedUrl(event.senderFrame?.url)) {
      return failure({ code: 'UNAUTHORIZED', message: 'Dit venster mag de werkagenda niet gebruiken.' });
    }
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return failure({ code: 'NOT_FOUND', message: 'Onbekende opdracht.' });
    }
    if (draining) {
      return failure({ code: 'INTERNAL', message: 'De toepassing wordt afgesloten. Uw laatste wijziging is niet opgeslagen.' });
    }
    inFlight += 1;
    try {
      return await core.invoke(channel, input);
    } catch (error) {
      // core.invoke never throws by contract; if it does, no stack trace crosses the boundary.
      console.error(`[ipc ${channel}]`, error);
      return failure({ code: 'INTERNAL', message: 'Er ging iets mis in de toepassing. Uw laatste wijziging is niet opgeslagen.' });
    } finally {
      inFlight -= 1;
      settle();
    }
  };

  ipcMain.handle(invokeChannel, handler);

  return {
    get inFlight() {
      return inFlight;
    },
    drain() {
      draining = true;
      if (inFlight === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
    dispose() {
      ipcMain.removeHandler(invokeChannel);
    },
  };
}
