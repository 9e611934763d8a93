// A recording stand-in for the 'electron' module: the Electron binary cannot run
// here, so the shell's wiring is tested against this fake via vi.mock('electron').
// Each `vi.resetModules()` + fresh import gives a fresh fake.
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export function createFakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  };
}

export class FakeWebContents extends FakeEmitter {
  session = createFakeSession();
  url = 'app://werkagenda/index.html';
  setWindowOpenHandler = vi.fn();
  replaceMisspelling = vi.fn();
  getURL(): string {
    return this.url;
  }
}

let readyResolve: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  readyResolve = resolve;
});

export const app = Object.assign(new FakeEmitter(), {
  whenReady: vi.fn(() => ready),
  /** Test hook: make whenReady() resolve. */
  makeReady: () => readyResolve(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  getPath: vi.fn((name: string) => `/fake/${name}`),
});

export const session = { defaultSession: createFakeSession() };

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };

export const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
export const ipcRenderer = { invoke: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const dialog = {
  showErrorBox: vi.fn(),
  showMessageBoxSync: vi.fn((..._args: unknown[]): number => 0),
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
};
export const Menu = { buildFromTemplate: vi.fn((_template: unknown[]) => ({ popup: vi.fn() })) };

export class BrowserWindow extends FakeEmitter {
  static readonly created: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.created.filter((window) => !window.destroyed);
  }
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  isMinimized = vi.fn(() => this.minimized);
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
}

const fake = { app, session, protocol, ipcMain, ipcRenderer, contextBridge, dialog, Menu, BrowserWindow };
export type FakeElectron = typeof fake;
export default fake;
