// Native file dialogs for what the core produces (Word export, later exchange
// files). The renderer never names a path: it hands over bytes and a proposed
// name, and the user picks where they go.
import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { fileKinds, ipcChannels, SaveFileRequestSchema, type SaveFileResult } from '../shared/bridge';
import { validationError, type Result } from '../shared/errors';
import { writeFileAtomic } from './core/files';
import { isTrustedUrl } from './security';

export function registerDialogs(ipcMain: Pick<IpcMain, 'handle'>, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(ipcChannels.saveFile, async (event: IpcMainInvokeEvent, raw: unknown): Promise<Result<SaveFileResult>> => {
    if (!isTrustedUrl(event.senderFrame?.url)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Dit venster mag geen bestanden opslaan.' } };
    }
    const parsed = SaveFileRequestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error).toJSON() };
    const { fileName, kind, base64 } = parsed.data;
    const type = fileKinds[kind];
    const options = {
      title: 'Opslaan als',
      buttonLabel: 'Opslaan',
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [{ name: type.label, extensions: [type.extension] }],
    };
    const window = getWindow();
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
    try {
      await writeFileAtomic(choice.filePath, Buffer.from(base64, 'base64'));
      return { ok: true, value: { saved: true } };
    } catch (error) {
      console.error('save failed', error);
      return { ok: false, error: { code: 'INTERNAL', message: `Het bestand kon niet worden opgeslagen in ${choice.filePath}. Kies een andere map.` } };
    }
  });
}
