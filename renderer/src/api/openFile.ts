import { bridgeKey, fileKinds, type Bridge } from '../../../shared/bridge';
import { backupTooLargeMessage, exchangeTooLargeMessage, maxBackupBytes, maxExchangeBytes, maxWordBytes, wordTooLargeMessage } from '../../../shared/fileLimits';
import { ApiCallError } from './client';

export type OpenedFile = { fileName: string; text: string };

/**
 * Lets the person pick an exchange file: in Electron the shell shows its open
 * dialog; in web mode a file input (upload). Null when they cancel. A file above
 * the size limit is refused here already, with the same Dutch message.
 */
export async function openExchangeFile(): Promise<OpenedFile | null> {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[bridgeKey];
  if (bridge) {
    const result = await bridge.openFile({ kind: 'werkagenda' });
    if (!result.ok) throw new ApiCallError(result.error);
    return result.value.opened && 'text' in result.value ? { fileName: result.value.fileName, text: result.value.text } : null;
  }
  const file = await pickInBrowser(`.${fileKinds.werkagenda.extension},application/json`);
  if (!file) return null;
  if (file.size > maxExchangeBytes) throw new ApiCallError({ code: 'FILE_TOO_LARGE', message: exchangeTooLargeMessage(file.size) });
  return { fileName: file.name, text: await file.text() };
}

export type OpenedBackup = { fileName: string; base64: string };

/** Lets the person pick a reservekopie (open dialog or upload); its bytes as base64. Null when they cancel. */
export async function openBackupFile(): Promise<OpenedBackup | null> {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[bridgeKey];
  if (bridge) {
    const result = await bridge.openFile({ kind: 'reservekopie' });
    if (!result.ok) throw new ApiCallError(result.error);
    return result.value.opened && 'base64' in result.value ? { fileName: result.value.fileName, base64: result.value.base64 } : null;
  }
  const file = await pickInBrowser(`.${fileKinds.reservekopie.extension},${fileKinds.reservekopie.mime}`);
  if (!file) return null;
  if (file.size > maxBackupBytes) throw new ApiCallError({ code: 'FILE_TOO_LARGE', message: backupTooLargeMessage(file.size) });
  return { fileName: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

/** Lets the person pick a Word werkagenda (.docx; open dialog or upload); its bytes as base64. Null when they cancel. */
export async function openWordFile(): Promise<OpenedBackup | null> {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[bridgeKey];
  if (bridge) {
    const result = await bridge.openFile({ kind: 'docx' });
    if (!result.ok) throw new ApiCallError(result.error);
    return result.value.opened && 'base64' in result.value ? { fileName: result.value.fileName, base64: result.value.base64 } : null;
  }
  const file = await pickInBrowser(`.${fileKinds.docx.extension},${fileKinds.docx.mime}`);
  if (!file) return null;
  if (file.size > maxWordBytes) throw new ApiCallError({ code: 'FILE_TOO_LARGE', message: `${wordTooLargeMessage(file.size)} Er is niets gewijzigd.` });
  return { fileName: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with millions of arguments overflows the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

function pickInBrowser(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    input.addEventListener('change', () => { resolve(input.files?.[0] ?? null); input.remove(); });
    input.addEventListener('cancel', () => { resolve(null); input.remove(); });
    document.body.append(input);
    input.click();
  });
}
