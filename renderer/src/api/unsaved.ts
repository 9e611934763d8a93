/**
 * Which fields hold text that is not (yet) saved, so leaving the app can warn first:
 * the browser's "leave this page?" in web mode, and in Electron the window's close
 * (electron/window.ts answers the page's beforeunload with a Dutch question).
 */
const unsaved = new Set<string>();

export function markUnsaved(fieldId: string, isUnsaved: boolean): void {
  if (isUnsaved) unsaved.add(fieldId);
  else unsaved.delete(fieldId);
}

export const hasUnsaved = (): boolean => unsaved.size > 0;

/** Installed once at start-up (renderer/src/boot.tsx). */
export function warnBeforeLeavingUnsaved(target: Window = window): void {
  target.addEventListener('beforeunload', (event) => {
    if (!hasUnsaved()) return;
    event.preventDefault();
    // Older browsers need returnValue set; the text itself is not shown by modern ones.
    event.returnValue = '';
  });
}
