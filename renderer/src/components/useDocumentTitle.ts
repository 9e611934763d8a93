import { useEffect } from 'react';

const appName = 'Werkagenda Banenafspraak';

/** "<page> – Werkagenda Banenafspraak" as the window/tab title. */
export function useDocumentTitle(page?: string) {
  useEffect(() => {
    document.title = page ? `${page} – ${appName}` : appName;
  }, [page]);
}
