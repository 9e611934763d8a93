import { z } from 'zod';
import type { Result } from './errors';

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

export const SaveFileRequestSchema = z.object({
  fileName: z.string().trim().min(1).max(200).refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name), { error: 'Ongeldige bestandsnaam.' }),
  kind: z.enum(['docx', 'csv', 'werkagenda', 'reservekopie']),
  /** The file's bytes; 70 MB of base64 is about 50 MB of file. */
  base64: z.string().max(70_000_000, { error: 'Het bestand is te groot.' }),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;
export type SaveFileResult = { saved: boolean };

/** Web mode: the per-start token, for scripts and tests, in this header (the browser sends it as a cookie instead). */
export const tokenHeader = 'x-werkagenda-token';
/** Web mode: every call is POST apiPrefix + channel with the JSON input as body. */
export const apiPrefix = '/api/';

export const OpenFileRequestSchema = z.object({ kind: z.enum(['werkagenda', 'reservekopie', 'docx']) });
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;
/** An exchange file comes back as text, a reservekopie (a database) and a Word document as base64. */
export type OpenFileResult = { opened: false } | { opened: true; fileName: string; text: string } | { opened: true; fileName: string; base64: string };
