// The sandboxed preload: exposes exactly one function, window.werkagenda.invoke.
// Bundled to CommonJS by electron-vite; it may only require 'electron' at run time,
// so it imports nothing from electron/ (ipc.ts and security.ts touch the main process).
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../shared/api';
import { bridgeKey, type Bridge } from '../shared/bridge';
import type { Result } from '../shared/errors';

/** Must equal `invokeChannel` in ipc.ts (test/electron/preload.test.ts checks it). */
const invokeChannel = 'werkagenda:invoke';

const bridge = {
  async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'Onbekende opdracht.' } };
    }
    try {
      return (await ipcRenderer.invoke(invokeChannel, channel, input)) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'De toepassing reageert niet. Uw laatste wijziging is niet opgeslagen.' } };
    }
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld(bridgeKey, bridge);
