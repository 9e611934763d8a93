import { z } from 'zod';

/*
 * What the renderer asks the Electron shell to save or open, checked in the main process.
 * Apart from bridge.ts so that the renderer's start screen, which needs the bridge's names,
 * does not load zod and build these schemas before it can show the list.
 */

export const SaveFileRequestSchema = z.object({
  fileName: z.string().trim().min(1).max(200).refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name), { error: 'Ongeldige bestandsnaam.' }),
  kind: z.enum(['docx', 'csv', 'werkagenda', 'reservekopie']),
  /** The file's bytes; 70 MB of base64 is about 50 MB of file. */
  base64: z.string().max(70_000_000, { error: 'Het bestand is te groot.' }),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;
export type SaveFileResult = { saved: boolean };

export const OpenFileRequestSchema = z.object({ kind: z.enum(['werkagenda', 'reservekopie', 'docx']) });
export type OpenFileRequest = z.infer<typeof OpenFileRequestSchema>;
/** An exchange file comes back as text, a reservekopie (a database) and a Word document as base64. */
export type OpenFileResult = { opened: false } | { opened: true; fileName: string; text: string } | { opened: true; fileName: string; base64: string };
