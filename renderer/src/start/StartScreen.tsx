import { useState } from 'react';
import type { AgendaSummary } from '../../../shared/domain/agenda';
import { errorMessage, invoke } from '../api/client';
import { useEarlyCall } from '../api/earlyCalls';
import { AppHeader } from '../components/AppHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { ExchangeImport } from '../exchange/ExchangeImport';
import { WordImportCard } from '../wordImport/WordImportCard';
import { AgendaList } from './AgendaList';
import { DeletedAgendas } from './DeletedAgendas';
import { DeletedNotice } from './DeletedNotice';
import { NewAgendaForm } from './NewAgendaForm';

/** The start screen: every agenda by sector and period, a new one, an imported one, and the deleted ones. */
export function StartScreen() {
  useDocumentTitle();
  const { value: list, error: loadError, reload } = useEarlyCall('agenda.list');
  const [notice, setNotice] = useState<{ kind: 'deleted' | 'restored' | 'error'; agenda?: AgendaSummary; message?: string } | null>(null);

  const remove = async (agenda: AgendaSummary) => {
    try {
      await invoke('agenda.delete', { id: agenda.id });
      setNotice({ kind: 'deleted', agenda });
    } catch (error) {
      setNotice({ kind: 'error', message: errorMessage(error) });
    }
    await reload();
    document.getElementById('melding')?.focus();
  };

  const restore = async (agenda: AgendaSummary) => {
    try {
      await invoke('agenda.restore', { id: agenda.id });
      setNotice({ kind: 'restored', agenda });
    } catch (error) {
      setNotice({ kind: 'error', message: errorMessage(error) });
    }
    await reload();
    document.getElementById('melding')?.focus();
  };

  return (
    <>
      <AppHeader />
      <main className="wa-page wa-start" id="inhoud" tabIndex={-1}>
        <h1 className="utrecht-heading-1">Werkagenda’s</h1>
        <DeletedNotice notice={notice} onUndo={restore} />
        {loadError ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{loadError}</p></div> : null}
        <div className="wa-start__columns">
          <div>
            {list ? <AgendaList agendas={list.agendas} onDelete={remove} /> : <p className="utrecht-paragraph" role="status">Bezig met laden…</p>}
            {list && list.deleted.length > 0 ? <DeletedAgendas agendas={list.deleted} onRestore={restore} /> : null}
          </div>
          <div className="wa-start__side">
            <NewAgendaForm />
            <WordImportCard />
            <ExchangeImport onImported={() => void reload()} />
          </div>
        </div>
      </main>
    </>
  );
}
