import { useState } from 'react';
import type { BackupPreview } from '../../../shared/domain/backup';
import { errorMessage, invoke } from '../api/client';
import { openBackupFile, type OpenedBackup } from '../api/openFile';
import { useSaveReference } from '../api/ReferenceContext';
import { Button } from '../components/Button';
import { focusWhenReady } from '../focus';
import { BackupPreviewPanel, backupPreviewHeadingId } from './BackupPreviewPanel';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; file: OpenedBackup; preview: BackupPreview; busy: boolean }
  | { step: 'done'; agendas: number; safetyBackup: string };

const resultId = 'terugzetten-resultaat';
const chooseId = 'reservekopie-kiezen';

/** "Reservekopie terugzetten": pick a file, see what it holds, and only then put it in place of the current data. */
export function RestoreBackup() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const refreshReference = useSaveReference();

  const choose = async () => {
    setError(null);
    setState({ step: 'reading' });
    try {
      const file = await openBackupFile();
      if (!file) {
        setState({ step: 'idle' });
        return;
      }
      const preview = await invoke('backup.preview', file);
      setState({ step: 'preview', file, preview, busy: false });
      focusWhenReady(backupPreviewHeadingId);
    } catch (failure) {
      setState({ step: 'idle' });
      setError(errorMessage(failure));
      focusWhenReady(chooseId);
    }
  };

  const restore = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, busy: true });
    try {
      const result = await invoke('backup.restore', { ...state.file, confirmed: true });
      // Sectors and action types come from the restored file too.
      await refreshReference(() => invoke('reference.get', {}));
      setState({ step: 'done', agendas: result.agendas, safetyBackup: result.safetyBackup });
      focusWhenReady(resultId);
    } catch (failure) {
      setState({ ...state, busy: false });
      setError(`Terugzetten is niet gelukt: ${errorMessage(failure)}`);
    }
  };

  const cancel = () => {
    setState({ step: 'idle' });
    focusWhenReady(chooseId);
  };

  return (
    <div className="wa-backup__part">
      <h3 className="utrecht-heading-3">Reservekopie terugzetten</h3>
      <p className="utrecht-paragraph">Kies een reservekopie (.sqlite). U ziet eerst wat erin staat; er verandert pas iets als u bevestigt.</p>
      {error ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{error}</p></div> : null}
      {state.step === 'preview' ? (
        <BackupPreviewPanel preview={state.preview} busy={state.busy} onRestore={() => void restore()} onCancel={cancel} />
      ) : (
        <Button id={chooseId} appearance="secondary" onClick={() => void choose()} disabled={state.step === 'reading'}>Reservekopie kiezen</Button>
      )}
      <div id={resultId} tabIndex={-1} role="status" className={state.step === 'done' ? 'utrecht-alert utrecht-alert--ok wa-notice' : 'wa-notice--empty'}>
        {state.step === 'done' ? (
          <p className="utrecht-paragraph">
            De reservekopie is teruggezet ({state.agendas === 1 ? '1 werkagenda' : `${state.agendas} werkagenda’s`}). De gegevens van vóór het terugzetten staan in de reservekopie {state.safetyBackup}.
          </p>
        ) : null}
      </div>
    </div>
  );
}
