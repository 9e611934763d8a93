import { join, sep } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors';

vi.mock('electron', () => import('./electron-fake'));

const startCore = vi.fn();
vi.mock('../../electron/core/index', () => ({ startCore }));

type Fake = typeof import('./electron-fake');
type Event = { preventDefault: ReturnType<typeof vi.fn> };

function fakeCore() {
  return {
    dataFile: '',
    invoke: vi.fn(async (): Promise<Result<unknown>> => ({ ok: true, value: null })),
    close: vi.fn(async () => undefined),
  };
}

/** Fresh fake electron + fresh main.ts, as if the process just started. */
async function launch(options: { lock: boolean; core?: () => Promise<unknown> }): Promise<Fake> {
  vi.resetModules();
  startCore.mockReset();
  if (options.core) startCore.mockImplementation(options.core);
  // A fresh fake per launch: doMock replaces the cached factory result of vi.mock.
  const electron = await import('./electron-fake');
  vi.doMock('electron', () => electron);
  electron.app.requestSingleInstanceLock.mockReturnValue(options.lock);
  await import('../../electron/main');
  return electron;
}

async function ready(electron: Fake): Promise<void> {
  electron.app.makeReady();
  // whenReady → start() → await startCore → register API, protocol and window.
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('main', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it('quits at once when another instance holds the lock', async () => {
    const electron = await launch({ lock: false });
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    await ready(electron);
    expect(startCore).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
    expect(electron.app.count('second-instance')).toBe(0);
  });

  it('installs the security hooks before anything else', async () => {
    const electron = await launch({ lock: false });
    expect(electron.app.count('web-contents-created')).toBe(1);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
  });

  it('starts the core on userData/werkagenda.sqlite, registers the API and opens the window', async () => {
    const core = fakeCore();
    const electron = await launch({ lock: true, core: async () => core });
    expect(electron.app.quit).not.toHaveBeenCalled();
    expect(startCore).not.toHaveBeenCalled();
    await ready(electron);

    expect(electron.app.getPath).toHaveBeenCalledWith('userData');
    expect(startCore).toHaveBeenCalledWith(join('/fake/userData', 'werkagenda.sqlite'));
    expect(electron.ipcMain.handle).toHaveBeenCalledWith('werkagenda:invoke', expect.any(Function));
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.BrowserWindow.created).toHaveLength(1);
    const window = electron.BrowserWindow.created[0]!;
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(String(prefs.preload).endsWith(`${sep}preload${sep}preload.cjs`)).toBe(true);
    expect(window.loadURL).toHaveBeenCalledWith('app://werkagenda/index.html');
  });

  it('a second instance focuses (and restores) the existing window', async () => {
    const electron = await launch({ lock: true, core: async () => fakeCore() });
    await ready(electron);
    const window = electron.BrowserWindow.created[0]!;
    window.minimized = true;
    electron.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(1);
  });

  it('shows a Dutch error and quits when the core cannot start, never the raw error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const electron = await launch({ lock: true, core: async () => { throw new Error('SqliteError: table settings already exists'); } });
    await ready(electron);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Werkagenda Banenafspraak kan niet starten');
    expect(message).toContain('Het gegevensbestand kon niet worden geopend');
    expect(message).toContain('werkagenda.sqlite');
    expect(message).not.toContain('already exists');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('shows the core\'s own Dutch explanation of a failed migration', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { DatabaseError } = await import('../../electron/core/db/errors');
    const explanation = 'Het gegevensbestand kon niet worden bijgewerkt voor deze versie van de toepassing. Uw gegevens zijn niet gewijzigd.';
    const electron = await launch({ lock: true, core: async () => { throw new DatabaseError('MIGRATION_FAILED', explanation, { cause: new Error('table settings already exists') }); } });
    await ready(electron);
    const [, message] = electron.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(message).toContain(explanation);
    expect(message).not.toContain('already exists');
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('on quit, waits for calls in flight, closes the core, then quits', async () => {
    let finishCall: () => void = () => undefined;
    const core = fakeCore();
    core.invoke.mockImplementation(() => new Promise((resolve) => {
      finishCall = () => resolve({ ok: true, value: null });
    }));
    const electron = await launch({ lock: true, core: async () => core });
    await ready(electron);
    const handler = electron.ipcMain.handle.mock.calls[0]![1] as (event: unknown, channel: string, input: unknown) => Promise<unknown>;
    const call = handler({ senderFrame: { url: 'app://werkagenda/index.html' } }, 'agenda.list', {});

    const first: Event = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    await Promise.resolve();
    expect(core.close).not.toHaveBeenCalled();

    // A second quit request while shutting down does not start a second shutdown.
    const again: Event = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', again);
    expect(again.preventDefault).toHaveBeenCalled();

    finishCall();
    await call;
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(core.close).toHaveBeenCalledTimes(1);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);

    const last: Event = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('quits when the last window closes (except on macOS)', async () => {
    const electron = await launch({ lock: true, core: async () => fakeCore() });
    await ready(electron);
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
