import { describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../shared/bridge';
import * as electron from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

await import('../../electron/preload');
const { invokeChannel } = await import('../../electron/ipc');

const exposed = electron.contextBridge.exposeInMainWorld.mock.calls;
const bridge = exposed[0]?.[1] as Bridge;

describe('preload', () => {
  it('exposes exactly one object, window.werkagenda, with only invoke, saveFile and openFile', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]![0]).toBe('werkagenda');
    expect(Object.keys(bridge)).toEqual(['invoke', 'saveFile', 'openFile']);
    expect(typeof bridge.invoke).toBe('function');
  });

  it('sends a known channel on the channel ipc.ts listens on and returns the answer', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { agendas: [], deleted: [] } });
    await expect(bridge.invoke('agenda.list', {})).resolves.toEqual({ ok: true, value: { agendas: [], deleted: [] } });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(invokeChannel, 'agenda.list', {});
    expect(invokeChannel).toBe('werkagenda:invoke');
  });

  it.each(['agenda.drop', '', '__proto__', 'hasOwnProperty', 42, null, undefined])('refuses unknown channel %j before sending', async (channel) => {
    electron.ipcRenderer.invoke.mockClear();
    const result = await bridge.invoke(channel as string, {});
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Onbekende opdracht.' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('sends save requests on the save-file channel', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { saved: true } });
    const request = { fileName: 'Werkagenda.docx', kind: 'docx' as const, base64: 'AAAA' };
    await expect(bridge.saveFile(request)).resolves.toEqual({ ok: true, value: { saved: true } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('werkagenda:save-file', request);
  });

  it('sends open requests on the open-file channel and turns a failure into a Dutch error', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { opened: true, fileName: 'a.werkagenda', text: '{}' } });
    await expect(bridge.openFile({ kind: 'werkagenda' })).resolves.toEqual({ ok: true, value: { opened: true, fileName: 'a.werkagenda', text: '{}' } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('werkagenda:open-file', { kind: 'werkagenda' });
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('gone'));
    await expect(bridge.openFile({ kind: 'werkagenda' })).resolves.toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Het bestand kon niet worden geopend.' } });
  });

  it('turns a failing IPC call into an error Result', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'werkagenda:invoke'"));
    const result = await bridge.invoke('agenda.list', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INTERNAL');
  });
});
