import { bridgeKey, fileKinds, type Bridge, type SaveFileRequest } from '../../../shared/bridge';
import { ApiCallError } from './client';

/**
 * Hands a file the core produced to the user: in Electron the shell asks where
 * to save it; in web mode the browser downloads it.
 */
export async function saveFile(request: SaveFileRequest): Promise<{ saved: boolean }> {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[bridgeKey];
  if (bridge) {
    const result = await bridge.saveFile(request);
    if (!result.ok) throw new ApiCallError(result.error);
    return result.value;
  }
  const bytes = Uint8Array.from(atob(request.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: fileKinds[request.kind].mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = request.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}
