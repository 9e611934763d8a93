import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const { createMainWindow, resolveAppPath, serveAppRequest, serveRenderer, windowTitle } = await import('../../electron/window');
const { contentSecurityPolicy } = await import('../../electron/security');

let base: string;
let root: string;
beforeAll(() => {
  // base/secret.txt sits next to the renderer folder: the target of every traversal attempt.
  base = mkdtempSync(join(tmpdir(), 'werkagenda-window-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Werkagenda</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(base, 'secret.txt'), 'GEHEIM');
  writeFileSync(join(base, 'renderer-evil.txt'), 'GEHEIM');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const inside = (file: string | null) => file !== null && file.startsWith(root + sep);

describe('resolveAppPath', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppPath(root, 'app://werkagenda/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://werkagenda')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://werkagenda/index.html')).toBe(join(root, 'index.html'));
  });

  it('maps nested paths and ignores query and fragment', () => {
    expect(resolveAppPath(root, 'app://werkagenda/assets/app.js?v=1#x')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveAppPath(root, 'app://werkagenda/assets/mijn%20bestand.css')).toBe(join(root, 'assets', 'mijn bestand.css'));
  });

  it.each([
    'app://werkagenda/../secret.txt',
    'app://werkagenda/../../../../etc/passwd',
    'app://werkagenda/assets/../../secret.txt',
    'app://werkagenda/%2e%2e/secret.txt',
    'app://werkagenda/%2E%2E/%2e%2e/secret.txt',
    'app://werkagenda/.%2e/secret.txt',
  ])('never leaves the renderer folder for %s', (url) => {
    // The URL parser already folds these dot segments; whatever comes out must stay inside.
    const file = resolveAppPath(root, url);
    expect(file === null || inside(file)).toBe(true);
    expect(file).not.toBe(join(base, 'secret.txt'));
  });

  it.each([
    'app://werkagenda/..%2fsecret.txt',
    'app://werkagenda/%2e%2e%2fsecret.txt',
    'app://werkagenda/assets%2f..%2f..%2fsecret.txt',
    'app://werkagenda/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://werkagenda/..%5csecret.txt',
    'app://werkagenda/%5c..%5c..%5csecret.txt',
    'app://werkagenda/index.html%00.js',
    'app://werkagenda/%E0%A4%A',
    'app://werkagenda/..%2f' + 'renderer-evil.txt',
  ])('refuses encoded traversal %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each([
    'app://other/index.html',
    'app://werkagenda.evil.example/index.html',
    'app://werkagenda:1234/index.html',
    'app://x@werkagenda/index.html',
    'file:///etc/passwd',
    'https://werkagenda/index.html',
    'not a url',
  ])('refuses URLs that are not ours: %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('serves index.html with the CSP header', async () => {
    const response = await serveAppRequest(root, 'app://werkagenda/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Werkagenda</title>');
  });

  it('serves scripts with a JavaScript type', async () => {
    const response = await serveAppRequest(root, 'app://werkagenda/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers client-side routes with index.html, missing files with 404', async () => {
    expect(await (await serveAppRequest(root, 'app://werkagenda/agenda/123')).text()).toContain('<title>Werkagenda</title>');
    expect((await serveAppRequest(root, 'app://werkagenda/assets/missing.js')).status).toBe(404);
  });

  it.each(['app://werkagenda/..%2fsecret.txt', 'app://werkagenda/%2e%2e%2fsecret.txt', 'app://werkagenda/../secret.txt', 'app://evil/secret.txt'])(
    'never returns a file outside the folder: %s',
    async (url) => {
      const response = await serveAppRequest(root, url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('GEHEIM');
    },
  );

  it('is what the app:// protocol handler answers with', async () => {
    serveRenderer(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0]![1] as (request: { url: string }) => Promise<Response>;
    expect((await handler({ url: 'app://werkagenda/index.html' })).status).toBe(200);
    expect((await handler({ url: 'app://werkagenda/..%2fsecret.txt' })).status).toBe(404);
  });
});

describe('createMainWindow', () => {
  const window = createMainWindow('/app/out/preload/preload.cjs') as unknown as electron.BrowserWindow;
  const prefs = window.options.webPreferences as Record<string, unknown>;

  it('is locked down', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('uses the given preload, the Dutch title and Dutch spell checking', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
    expect(window.options.title).toBe(windowTitle);
    expect(windowTitle).toBe('Werkagenda Banenafspraak');
    expect(prefs.spellcheck).toBe(true);
    if (process.platform !== 'darwin') expect(window.webContents.session.setSpellCheckerLanguages).toHaveBeenCalledWith(['nl']);
  });

  it('loads the renderer from app://werkagenda/index.html and shows when ready', () => {
    expect(window.loadURL).toHaveBeenCalledWith('app://werkagenda/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('offers Dutch spelling suggestions in the context menu', () => {
    window.webContents.emit('context-menu', {}, { dictionarySuggestions: ['werkagenda'], misspelledWord: 'werkagnda', isEditable: true, selectionText: '' });
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{ label?: string; click?: () => void }>;
    expect(template.map((item) => item.label)).toEqual(['werkagenda', undefined, 'Knippen', 'Kopiëren', 'Plakken']);
    template[0]!.click!();
    expect(window.webContents.replaceMisspelling).toHaveBeenCalledWith('werkagenda');
  });

  it('asks in Dutch before closing over unsaved text, and closes only when told to', () => {
    const stay = { preventDefault: vi.fn() };
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    window.webContents.emit('will-prevent-unload', stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();
    const options = electron.dialog.showMessageBoxSync.mock.calls.at(-1)![1] as { message: string; buttons: string[]; cancelId: number };
    expect(options).toMatchObject({ message: 'Er is tekst die nog niet is opgeslagen.', buttons: ['Blijven', 'Toch sluiten'], cancelId: 0 });
    const leave = { preventDefault: vi.fn() };
    electron.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    window.webContents.emit('will-prevent-unload', leave);
    expect(leave.preventDefault).toHaveBeenCalled();
  });
});
