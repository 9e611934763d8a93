import { useCallback, useEffect, useState } from 'react';
import type { ProgressReport } from '../../../shared/domain/report';
import { formatDate } from '../../../shared/format';
import { errorMessage, invoke } from '../api/client';

/** The report of one agenda; `choose` asks for another peildatum and answers with a Dutch error or null. */
export function useReport(agendaId: string) {
  const [report, setReport] = useState<ProgressReport | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setReport(null);
    setLoadError(null);
    invoke('report.get', { agendaId, peildatum: null }).then(
      (loaded) => current && setReport(loaded),
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [agendaId]);

  const choose = useCallback(async (peildatum: string | null): Promise<string | null> => {
    try {
      setReport(await invoke('report.get', { agendaId, peildatum }));
      return null;
    } catch (error) {
      // The field goes back to the report's own peildatum, so the message names the date that was refused.
      return peildatum ? `Niet getoond: ${formatDate(peildatum)}. ${errorMessage(error)}` : errorMessage(error);
    }
  }, [agendaId]);

  return { report, loadError, choose };
}
