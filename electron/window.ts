// The locked-down main window and the app:// protocol that serves the built renderer.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { BrowserWindow, dialog, Menu, protocol, type MenuItemConstructorOptions } from 'electron';
import { appEntryUrl, appHost, appScheme, contentSecurityPolicy } from './security';

export const windowTitle = 'Werkagenda Banenafspraak';

/**
 * Maps app://werkagenda/<path> to a file inside `rootDir`, or null when the URL
 * is not ours or the path would leave `rootDir` (`..`, `%2e%2e`, `..%2f`,
 * backslashes, NUL bytes). "/" is index.html. Pure: does not touch the disk.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.hostname !== appHost || url.port !== '' || url.username !== '') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** Answers one app:// request from `rendererDir`. Unknown extension-less paths get index.html (client-side routes). */
export async function serveAppRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  const notFound = () => new Response('Niet gevonden', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const file = resolveAppPath(rendererDir, requestUrl);
  if (file === null) return notFound();
  let body: Buffer;
  let served = file;
  try {
    body = await readFile(file);
  } catch {
    if (extname(file) !== '') return notFound();
    served = join(resolve(rendererDir), 'index.html');
    try {
      body = await readFile(served);
    } catch {
      return notFound();
    }
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': mimeTypes[extname(served).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Call once, after `app` is ready. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, (request) => serveAppRequest(rendererDir, request.url));
}

/** Creates the window and loads app://werkagenda/index.html; `preloadPath` is the built preload script. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    title: windowTitle,
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  // macOS uses the system spell checker and ignores the language list.
  if (process.platform !== 'darwin') win.webContents.session.setSpellCheckerLanguages(['nl']);
  win.webContents.on('context-menu', (_event, params) => {
    const items: MenuItemConstructorOptions[] = params.dictionarySuggestions.map((word) => ({
      label: word,
      click: () => win.webContents.replaceMisspelling(word),
    }));
    if (params.misspelledWord) {
      if (items.length === 0) items.push({ label: 'Geen suggesties', enabled: false });
      items.push({ type: 'separator' });
    }
    if (params.isEditable) {
      items.push({ role: 'cut', label: 'Knippen' }, { role: 'copy', label: 'Kopiëren' }, { role: 'paste', label: 'Plakken' });
    } else if (params.selectionText) {
      items.push({ role: 'copy', label: 'Kopiëren' });
    }
    if (items.length > 0) Menu.buildFromTemplate(items).popup({ window: win });
  });
  // The page refuses to unload while a field holds unsaved text (renderer/src/api/unsaved.ts); Electron then asks nothing by itself.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      title: windowTitle,
      message: 'Er is tekst die nog niet is opgeslagen.',
      detail: 'Als u nu sluit, gaat die tekst verloren. Blijf om te wachten tot hij is opgeslagen, of om hem te kopiëren.',
      buttons: ['Blijven', 'Toch sluiten'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(appEntryUrl);
  return win;
}
