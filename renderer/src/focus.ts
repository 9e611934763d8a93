/**
 * Moves focus to an element that may only appear after the next render
 * (a new item, an action that is being opened). Tries for a few frames.
 */
export function focusWhenReady(id: string, fallbackId?: string, tries = 30): void {
  const element = document.getElementById(id) ?? (tries === 0 && fallbackId ? document.getElementById(fallbackId) : null);
  if (element) {
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'center' });
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenReady(id, fallbackId, tries - 1));
}
