import type { ReactNode } from 'react';

/** Text for screen readers only (e.g. which item a "Verwijderen" button removes). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="wa-visually-hidden">{children}</span>;
}
