import { useId, useState } from 'react';
import type { SaveFileRequest } from '../../../shared/bridge';
import { errorMessage } from '../api/client';
import { saveFile } from '../api/files';
import { Button } from '../components/Button';
import { VisuallyHidden } from '../components/VisuallyHidden';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

interface Props {
  label: string;
  /** Extra words for screen readers when the label alone is ambiguous. */
  hiddenLabel?: string;
  kind: SaveFileRequest['kind'];
  /** Asks the core for the file. */
  make: () => Promise<{ fileName: string; base64: string }>;
  /** "Word-document gemaakt" / "Uitwisselbestand gemaakt". */
  doneText: string;
  onSaved?: () => void;
}

/** A button that has the core make a file and hands it to the shell (save dialog or download), with its status beside it. */
export function FileExportButton({ label, hiddenLabel, kind, make, doneText, onSaved }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const statusId = useId();

  const run = async () => {
    setState({ kind: 'busy' });
    try {
      const file = await make();
      const { saved } = await saveFile({ fileName: file.fileName, kind, base64: file.base64 });
      setState(saved ? { kind: 'done', message: `${doneText}: ${file.fileName}` } : { kind: 'idle' });
      if (saved) onSaved?.();
    } catch (error) {
      setState({ kind: 'error', message: `Exporteren is niet gelukt: ${errorMessage(error)}` });
    }
  };

  return (
    <div className="wa-export wa-exchange-file-button">
      <Button appearance="secondary" onClick={() => void run()} disabled={state.kind === 'busy'} aria-describedby={statusId}>
        {label}{hiddenLabel ? <VisuallyHidden> {hiddenLabel}</VisuallyHidden> : null}
      </Button>
      <p id={statusId} role="status" className={state.kind === 'error' ? 'wa-export__status wa-export__status--error' : 'wa-export__status'}>
        {state.kind === 'busy' ? 'Bezig met exporteren…' : state.kind === 'done' || state.kind === 'error' ? state.message : ''}
      </p>
    </div>
  );
}
