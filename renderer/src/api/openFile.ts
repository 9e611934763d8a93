import { bridgeKey, fileKinds, type Bridge } from '../../../shared/bridge';
import { maxExchangeBytes, tooLargeMessage } from '../../../shared/domain/exchange';
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
  const file = await pickInBrowser();
  if (!file) return null;
  if (file.size > maxExchangeBytes) throw new ApiCallError({ code: 'VALIDATION', message: tooLargeMessage(file.size) });
  return { fileName: file.name, text: await file.text() };
}

function pickInBrowser(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.${fileKinds.werkagenda.extension},application/json`;
    input.hidden = true;
    input.addEventListener('change', () => { resolve(input.files?.[0] ?? null); input.remove(); });
    input.addEventListener('cancel', () => { resolve(null); input.remove(); });
    document.body.append(input);
    input.click();
  });
}
