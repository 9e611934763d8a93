// Native file dialogs for what the core produces (Word export, later exchange
// files). The renderer never names a path: it hands over bytes and a proposed
// name, and the user picks where they go.
import { stat, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, dialog, type BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { fileKinds, ipcChannels, type OpenFileResult, type SaveFileResult } from '../shared/bridge';
import { OpenFileRequestSchema, SaveFileRequestSchema } from '../shared/fileRequests';
import { backupTooLargeMessage, exchangeTooLargeMessage, maxBackupBytes, maxExchangeBytes, maxWordBytes, wordTooLargeMessage } from '../shared/fileLimits';
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
  registerOpenDialog(ipcMain, getWindow);
}

function registerOpenDialog(ipcMain: Pick<IpcMain, 'handle'>, getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(ipcChannels.openFile, async (event: IpcMainInvokeEvent, raw: unknown): Promise<Result<OpenFileResult>> => {
    if (!isTrustedUrl(event.senderFrame?.url)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Dit venster mag geen bestanden openen.' } };
    }
    const parsed = OpenFileRequestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error).toJSON() };
    const { kind } = parsed.data;
    const type = fileKinds[kind];
    const isBackup = kind === 'reservekopie';
    const isWord = kind === 'docx';
    const options = {
      title: isBackup ? 'Reservekopie openen' : isWord ? 'Werkagenda uit Word inlezen' : 'Uitwisselbestand openen',
      buttonLabel: 'Openen',
      properties: ['openFile' as const],
      filters: [{ name: type.label, extensions: [type.extension] }, { name: 'Alle bestanden', extensions: ['*'] }],
    };
    const window = getWindow();
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return { ok: true, value: { opened: false } };
    try {
      // Checked before reading, so a huge file never fills the memory.
      const { size } = await stat(path);
      const limit = isBackup ? maxBackupBytes : isWord ? maxWordBytes : maxExchangeBytes;
      if (size > limit) return { ok: false, error: { code: 'FILE_TOO_LARGE', message: isBackup ? backupTooLargeMessage(size) : isWord ? wordTooLargeMessage(size) : exchangeTooLargeMessage(size) } };
      const fileName = basename(path);
      if (isBackup || isWord) return { ok: true, value: { opened: true, fileName, base64: (await readFile(path)).toString('base64') } };
      return { ok: true, value: { opened: true, fileName, text: await readFile(path, 'utf8') } };
    } catch (error) {
      console.error('open failed', error);
      return { ok: false, error: { code: 'INTERNAL', message: `Het bestand ${basename(path)} kon niet worden gelezen.` } };
    }
  });
}
