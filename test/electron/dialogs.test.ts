import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors';
import { useTempDir } from '../support/temp';
import * as electron from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));
const { registerDialogs } = await import('../../electron/dialogs');

type Handler = (event: { senderFrame: { url: string } | null }, request: unknown) => Promise<Result<{ saved: boolean }>>;
const tempDir = useTempDir();
const fromApp = { senderFrame: { url: 'app://werkagenda/index.html' } };
const docx = { fileName: 'Werkagenda Defensie 2025-2026 concept.docx', kind: 'docx', base64: Buffer.from('PK word').toString('base64') };

function setup(): Handler {
  const ipcMain = { handle: vi.fn() };
  registerDialogs(ipcMain, () => null);
  expect(ipcMain.handle.mock.calls[0]![0]).toBe('werkagenda:save-file');
  return ipcMain.handle.mock.calls[0]![1] as Handler;
}

describe('save dialog', () => {
  beforeEach(() => electron.dialog.showSaveDialog.mockClear());

  it('proposes the name in the documents folder and writes the bytes where the user chose', async () => {
    const dir = tempDir();
    const target = join(dir, 'gekozen.docx');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(setup()(fromApp, docx)).resolves.toEqual({ ok: true, value: { saved: true } });
    const options = electron.dialog.showSaveDialog.mock.calls[0]![0] as { defaultPath: string; filters: { extensions: string[] }[] };
    expect(options.defaultPath).toBe('/fake/documents/Werkagenda Defensie 2025-2026 concept.docx');
    expect(options.filters[0]!.extensions).toEqual(['docx']);
    expect(readFileSync(target, 'utf8')).toBe('PK word');
    expect(readdirSync(dir)).toEqual(['gekozen.docx']);
  });

  it('writes nothing when the user cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await expect(setup()(fromApp, docx)).resolves.toEqual({ ok: true, value: { saved: false } });
  });

  it('refuses other senders and malformed requests without opening a dialog', async () => {
    const handler = setup();
    expect((await handler({ senderFrame: { url: 'https://evil.example/' } }, docx)).ok).toBe(false);
    for (const bad of [{ ...docx, fileName: '../../etc/passwd' }, { ...docx, kind: 'exe' }, { fileName: 'x.docx' }, null]) {
      const result = await handler(fromApp, bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a failed write in Dutch', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(tempDir(), 'bestaat-niet', 'x.docx') });
    const result = await setup()(fromApp, docx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/kon niet worden opgeslagen/);
  });
});

type OpenHandler = (event: { senderFrame: { url: string } | null }, request: unknown) => Promise<Result<{ opened: false } | { opened: true; fileName: string; text: string }>>;

function setupOpen(): OpenHandler {
  const ipcMain = { handle: vi.fn() };
  registerDialogs(ipcMain, () => null);
  const call = ipcMain.handle.mock.calls.find(([channel]) => channel === 'werkagenda:open-file');
  expect(call).toBeDefined();
  return call![1] as OpenHandler;
}

describe('open dialog for exchange files', () => {
  beforeEach(() => electron.dialog.showOpenDialog.mockClear());

  it('reads the file the user chose and hands back its name and text', async () => {
    const path = join(tempDir(), 'Werkagenda Defensie 2025-2026 versie 1.werkagenda');
    writeFileSync(path, '{"format":"werkagenda-banenafspraak"}');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await expect(setupOpen()(fromApp, { kind: 'werkagenda' })).resolves.toEqual({
      ok: true, value: { opened: true, fileName: 'Werkagenda Defensie 2025-2026 versie 1.werkagenda', text: '{"format":"werkagenda-banenafspraak"}' },
    });
    const options = electron.dialog.showOpenDialog.mock.calls[0]![0] as { filters: { extensions: string[] }[] };
    expect(options.filters[0]!.extensions).toEqual(['werkagenda']);
  });

  it('answers "not opened" when the user cancels', async () => {
    await expect(setupOpen()(fromApp, { kind: 'werkagenda' })).resolves.toEqual({ ok: true, value: { opened: false } });
  });

  it('refuses a file above 20 MB before reading it, in Dutch', async () => {
    const path = join(tempDir(), 'groot.werkagenda');
    writeFileSync(path, Buffer.alloc(21 * 1024 * 1024, 32));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const result = await setupOpen()(fromApp, { kind: 'werkagenda' });
    expect(result).toEqual({ ok: false, error: { code: 'FILE_TOO_LARGE', message: 'Het bestand is 21 MB; een uitwisselbestand mag hoogstens 20 MB zijn.' } });
  });

  it('refuses other senders and unknown kinds without opening a dialog', async () => {
    const handler = setupOpen();
    expect((await handler({ senderFrame: { url: 'https://evil.example/' } }, { kind: 'werkagenda' })).ok).toBe(false);
    expect((await handler(fromApp, { kind: 'exe' })).ok).toBe(false);
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('dialogs for a reservekopie', () => {
  beforeEach(() => {
    electron.dialog.showOpenDialog.mockClear();
    electron.dialog.showSaveDialog.mockClear();
  });

  it('saves a reservekopie as .sqlite where the user chose', async () => {
    const target = join(tempDir(), 'kopie.sqlite');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const bytes = Buffer.from('SQLite format 3\0rest');
    const result = await setup()(fromApp, { fileName: 'Reservekopie werkagenda 2026-12-01 09.00.sqlite', kind: 'reservekopie', base64: bytes.toString('base64') });
    expect(result).toEqual({ ok: true, value: { saved: true } });
    const options = electron.dialog.showSaveDialog.mock.calls[0]![0] as { filters: { name: string; extensions: string[] }[] };
    expect(options.filters[0]).toEqual({ name: 'Reservekopie van Werkagenda Banenafspraak', extensions: ['sqlite'] });
    expect(readFileSync(target)).toEqual(bytes);
  });

  it('opens a reservekopie as base64 (it is binary), and refuses one above 25 MB before reading it', async () => {
    const path = join(tempDir(), 'Reservekopie.sqlite');
    const bytes = Buffer.from([0x53, 0x51, 0x4c, 0x00, 0xff, 0xfe, 0x80]);
    writeFileSync(path, bytes);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await expect(setupOpen()(fromApp, { kind: 'reservekopie' })).resolves.toEqual({ ok: true, value: { opened: true, fileName: 'Reservekopie.sqlite', base64: bytes.toString('base64') } });
    const options = electron.dialog.showOpenDialog.mock.calls[0]![0] as { title: string; filters: { extensions: string[] }[] };
    expect(options.title).toBe('Reservekopie openen');
    expect(options.filters[0]!.extensions).toEqual(['sqlite']);

    const large = join(tempDir(), 'groot.sqlite');
    writeFileSync(large, Buffer.alloc(26 * 1024 * 1024));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [large] });
    await expect(setupOpen()(fromApp, { kind: 'reservekopie' })).resolves.toEqual({
      ok: false, error: { code: 'FILE_TOO_LARGE', message: 'Het bestand is 26 MB; een reservekopie mag hoogstens 25 MB zijn.' },
    });
  });
});

describe('open dialog for a Word werkagenda', () => {
  beforeEach(() => electron.dialog.showOpenDialog.mockClear());

  it('opens a .docx as base64, and refuses one above 20 MB before reading it', async () => {
    const path = join(tempDir(), 'Werkagenda Gemeenten 2025-2026.docx');
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    writeFileSync(path, bytes);
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await expect(setupOpen()(fromApp, { kind: 'docx' })).resolves.toEqual({ ok: true, value: { opened: true, fileName: 'Werkagenda Gemeenten 2025-2026.docx', base64: bytes.toString('base64') } });
    const options = electron.dialog.showOpenDialog.mock.calls[0]![0] as { title: string; filters: { extensions: string[] }[] };
    expect(options.title).toBe('Werkagenda uit Word inlezen');
    expect(options.filters[0]!.extensions).toEqual(['docx']);

    const large = join(tempDir(), 'groot.docx');
    writeFileSync(large, Buffer.alloc(21 * 1024 * 1024));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [large] });
    await expect(setupOpen()(fromApp, { kind: 'docx' })).resolves.toEqual({
      ok: false, error: { code: 'FILE_TOO_LARGE', message: 'Het bestand is 21 MB; een Word-document mag hoogstens 20 MB zijn.' },
    });
  });
});
