import { createContext, useContext, type ReactNode } from 'react';
import type { ReferenceData } from '../../../shared/domain/reference';
import { errorMessage } from './client';
import { useEarlyCall } from './earlyCalls';

const ReferenceContext = createContext<{ data: ReferenceData; replace: (data: ReferenceData) => void } | null>(null);

/** Loads the reference data (sectors, action types, catalogue) once for the whole app. */
export function ReferenceProvider({ children }: { children: ReactNode }) {
  const { value: reference, setValue: setReference, error } = useEarlyCall('reference.get');
  if (error) {
    return (
      <main className="wa-page" id="inhoud">
        <h1 className="utrecht-heading-1">Werkagenda Banenafspraak</h1>
        <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">De gegevens konden niet worden geladen. {error}</p></div>
      </main>
    );
  }
  if (!reference) return <p className="utrecht-paragraph wa-loading" role="status">Bezig met laden…</p>;
  return <ReferenceContext.Provider value={{ data: reference, replace: setReference }}>{children}</ReferenceContext.Provider>;
}

export function useReference(): ReferenceData {
  const reference = useContext(ReferenceContext);
  if (!reference) throw new Error('useReference outside ReferenceProvider');
  return reference.data;
}

/** Saves a change to the reference data and shows the answer everywhere; resolves to a Dutch error or null. */
export function useSaveReference(): (save: () => Promise<ReferenceData>) => Promise<string | null> {
  const reference = useContext(ReferenceContext);
  if (!reference) throw new Error('useSaveReference outside ReferenceProvider');
  return async (save) => {
    try {
      reference.replace(await save());
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  };
}
