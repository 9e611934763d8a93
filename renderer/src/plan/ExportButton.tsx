import { useState } from 'react';
import { errorMessage, invoke } from '../api/client';
import { saveFile } from '../api/files';
import { Button } from '../components/Button';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/** "Exporteren naar Word": the agenda as a .docx for BZK, saved through the shell. */
export function ExportButton({ agendaId }: { agendaId: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const exportDocx = async () => {
    setState({ kind: 'busy' });
    try {
      const file = await invoke('agenda.exportDocx', { id: agendaId });
      const { saved } = await saveFile({ fileName: file.fileName, kind: 'docx', base64: file.base64 });
      setState(saved ? { kind: 'done', message: `Word-document gemaakt: ${file.fileName}` } : { kind: 'idle' });
    } catch (error) {
      setState({ kind: 'error', message: `Exporteren is niet gelukt: ${errorMessage(error)}` });
    }
  };

  return (
    <div className="wa-export">
      <Button appearance="secondary" onClick={() => void exportDocx()} disabled={state.kind === 'busy'} aria-describedby="export-status">
        Exporteren naar Word
      </Button>
      <p id="export-status" role="status" className={state.kind === 'error' ? 'wa-export__status wa-export__status--error' : 'wa-export__status'}>
        {state.kind === 'busy' ? 'Bezig met exporteren…' : state.kind === 'done' || state.kind === 'error' ? state.message : ''}
      </p>
    </div>
  );
}
