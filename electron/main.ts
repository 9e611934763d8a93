// Composition only: security first, then one instance, the core, the API, the window.
import './security';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { startCore, type Core } from './core/index';
import { startupFailureMessage } from './core/db/errors';
import { registerDialogs } from './dialogs';
import { registerApi, type ApiRegistration } from './ipc';
import { createMainWindow, serveRenderer } from './window';

/** out/main → out/preload/preload.cjs (CommonJS, as sandboxed preloads need) and out/renderer (electron.vite.config.ts). */
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const preloadPath = join(outDir, 'preload', 'preload.cjs');
const rendererDir = join(outDir, 'renderer');
export const dataFileName = 'werkagenda.sqlite';

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let api: ApiRegistration | null = null;
let shutdown: Promise<void> | null = null;
let shutdownDone = false;

function openWindow(): void {
  mainWindow = createMainWindow(preloadPath);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  const dataFile = join(app.getPath('userData'), dataFileName);
  try {
    core = await startCore(dataFile);
  } catch (error) {
    console.error('startCore failed', error);
    // Only the core's Dutch explanation reaches the person; the raw error stays in the log.
    dialog.showErrorBox('Werkagenda Banenafspraak kan niet starten', `${startupFailureMessage(error)}\n\nDe toepassing wordt afgesloten.\nBestand: ${dataFile}`);
    app.quit();
    return;
  }
  api = registerApi(ipcMain, core);
  registerDialogs(ipcMain, () => mainWindow);
  serveRenderer(rendererDir);
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  // Let running calls finish and close the database before the process ends.
  app.on('before-quit', (event) => {
    if (shutdownDone || !core) return;
    event.preventDefault();
    shutdown ??= (async () => {
      try {
        await api?.drain();
        await core?.close();
      } catch (error) {
        console.error('shutdown failed', error);
      } finally {
        shutdownDone = true;
        app.quit();
      }
    })();
  });
  void app.whenReady().then(start);
}
