// The sandboxed preload: exposes exactly window.werkagenda.invoke, .saveFile and .openFile.
// Bundled to CommonJS by electron-vite; it may only require 'electron' at run time,
// so it imports nothing from electron/ (ipc.ts and security.ts touch the main process).
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../shared/api';
import { bridgeKey, ipcChannels, type Bridge, type OpenFileResult, type SaveFileResult } from '../shared/bridge';
import type { Result } from '../shared/errors';

const bridge = {
  async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'Onbekende opdracht.' } };
    }
    try {
      return (await ipcRenderer.invoke(ipcChannels.invoke, channel, input)) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'De toepassing reageert niet. Uw laatste wijziging is niet opgeslagen.' } };
    }
  },
  async saveFile(request) {
    try {
      return (await ipcRenderer.invoke(ipcChannels.saveFile, request)) as Result<SaveFileResult>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Het bestand kon niet worden opgeslagen.' } };
    }
  },
  async openFile(request) {
    try {
      return (await ipcRenderer.invoke(ipcChannels.openFile, request)) as Result<OpenFileResult>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'Het bestand kon niet worden geopend.' } };
    }
  },
} satisfies Bridge;

contextBridge.exposeInMainWorld(bridgeKey, bridge);
