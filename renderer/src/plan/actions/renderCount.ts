declare global {
  interface Window { __werkagendaRenders?: Record<string, number> }
}

/**
 * Counts renders for the bench (scripts/bench/renderer.ts), which builds with VITE_BENCH=1.
 * In every other build the condition is the constant `undefined` and the minifier drops
 * the rest, so nothing of it reaches users.
 */
export function countRender(name: string): void {
  if (!import.meta.env.VITE_BENCH) return;
  const counts = (window.__werkagendaRenders ??= {});
  counts[name] = (counts[name] ?? 0) + 1;
}
