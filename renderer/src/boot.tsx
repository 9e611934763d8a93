import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { warnBeforeLeavingUnsaved } from './api/unsaved';

/** Puts the app on the page; main.tsx loads this after it has sent the first calls. */
export function boot(): void {
  warnBeforeLeavingUnsaved();
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
}
