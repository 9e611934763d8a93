import type { Result } from './errors';
import type { OpenFileRequest, OpenFileResult, SaveFileRequest, SaveFileResult } from './fileRequests';

export type { OpenFileRequest, OpenFileResult, SaveFileRequest, SaveFileResult };

/**
 * The seam between the renderer and whichever shell runs it. In Electron the
 * preload script puts this object on `window[bridgeKey]`; in web mode it is
 * absent and the client speaks HTTP to the web shell instead (and saves files
 * as browser downloads).
 */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Electron only: asks where to save a file the core produced, and writes it there. */
  saveFile(request: SaveFileRequest): Promise<Result<SaveFileResult>>;
  /** Electron only: asks which exchange file or reservekopie to open and hands back its content (size checked in the main process). */
  openFile(request: OpenFileRequest): Promise<Result<OpenFileResult>>;
}

export const bridgeKey = 'werkagenda';

/** The IPC channels between preload and main; both import them from here. */
export const ipcChannels = { invoke: 'werkagenda:invoke', saveFile: 'werkagenda:save-file', openFile: 'werkagenda:open-file' } as const;

export const fileKinds = {
  docx: { label: 'Word-document', extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  csv: { label: 'CSV-bestand', extension: 'csv', mime: 'text/csv' },
  werkagenda: { label: 'Werkagenda-uitwisselbestand', extension: 'werkagenda', mime: 'application/json' },
  reservekopie: { label: 'Reservekopie van Werkagenda Banenafspraak', extension: 'sqlite', mime: 'application/vnd.sqlite3' },
} as const;

/** Web mode: the per-start token, for scripts and tests, in this header (the browser sends it as a cookie instead). */
export const tokenHeader = 'x-werkagenda-token';
/** Web mode: every call is POST apiPrefix + channel with the JSON input as body. */
export const apiPrefix = '/api/';
