import { useState } from 'react';
import { Link } from 'react-router';
import type { ImportKind, ImportPreview } from '../../../shared/domain/exchange';
import { errorMessage, invoke } from '../api/client';
import { openExchangeFile, type OpenedFile } from '../api/openFile';
import { Button } from '../components/Button';
import { focusWhenReady } from '../focus';
import { ImportPreviewPanel, previewHeadingId } from './ImportPreviewPanel';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; file: OpenedFile; preview: ImportPreview; accept: boolean; acceptError: string | null; busy: boolean }
  | { step: 'done'; agendaId: string; title: string; kind: ImportKind };

const resultId = 'import-resultaat';

function doneText(kind: ImportKind, title: string): string {
  switch (kind) {
    case 'nieuw': return `Werkagenda “${title}” is toegevoegd.`;
    case 'bijwerken': return `Werkagenda “${title}” is bijgewerkt.`;
    case 'samenvoegen':
    case 'ouder': return `De opmerkingen en handtekeningen zijn overgenomen in “${title}”.`;
    default: return `Werkagenda “${title}” is geïmporteerd.`;
  }
}

/** "Uitwisselbestand importeren": pick a .werkagenda file, see what importing it does, and import it. */
export function ExchangeImport({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);

  const choose = async () => {
    setError(null);
    setState({ step: 'reading' });
    try {
      const file = await openExchangeFile();
      if (!file) {
        setState({ step: 'idle' });
        return;
      }
      const preview = await invoke('exchange.preview', { fileName: file.fileName, text: file.text });
      setState({ step: 'preview', file, preview, accept: false, acceptError: null, busy: false });
      focusWhenReady(previewHeadingId);
    } catch (failure) {
      setState({ step: 'idle' });
      setError(errorMessage(failure));
    }
  };

  const runImport = async () => {
    if (state.step !== 'preview') return;
    if (state.preview.problems.length > 0 && !state.accept) {
      setState({ ...state, acceptError: 'Vink eerst aan dat u de waarschuwingen hebt gelezen, of kies Annuleren.' });
      focusWhenReady('import-waarschuwingen');
      return;
    }
    setState({ ...state, busy: true });
    try {
      const result = await invoke('exchange.import', { fileName: state.file.fileName, text: state.file.text, acceptProblems: state.accept });
      setState({ step: 'done', agendaId: result.agendaId, title: state.preview.title, kind: result.kind });
      onImported();
      focusWhenReady(resultId);
    } catch (failure) {
      setState({ ...state, busy: false });
      setError(`Importeren is niet gelukt: ${errorMessage(failure)}`);
    }
  };

  const close = () => {
    setState({ step: 'idle' });
    setError(null);
    focusWhenReady('import-kiezen');
  };

  return (
    <section aria-labelledby="kop-importeren" className="wa-card wa-side-card">
      <h2 className="utrecht-heading-2" id="kop-importeren">Uitwisselbestand importeren</h2>
      <p className="utrecht-paragraph">
        Kreeg u een werkagenda als bestand (.werkagenda), bijvoorbeeld om te lezen en te ondertekenen, of terug met opmerkingen en handtekeningen? U ziet eerst wat er verandert; er wordt nooit zomaar iets overschreven.
      </p>
      {error ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{error}</p></div> : null}
      {state.step === 'preview' ? (
        <ImportPreviewPanel
          preview={state.preview}
          fileName={state.file.fileName}
          acceptProblems={state.accept}
          acceptError={state.acceptError}
          busy={state.busy}
          onAcceptProblems={(accept) => setState({ ...state, accept, acceptError: null })}
          onImport={() => void runImport()}
          onClose={close}
        />
      ) : (
        <Button id="import-kiezen" appearance="secondary" onClick={() => void choose()} disabled={state.step === 'reading'}>Werkagenda importeren</Button>
      )}
      <div id={resultId} tabIndex={-1} role="status" className={state.step === 'done' ? 'utrecht-alert utrecht-alert--ok wa-notice wa-exchange-import__result' : 'wa-notice--empty'}>
        {state.step === 'done' ? (
          <div>
            <p className="utrecht-paragraph">{doneText(state.kind, state.title)}</p>
            <p className="utrecht-paragraph">
              <Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${state.agendaId}/ondertekening`}>Naar de ondertekening van “{state.title}”</Link>
            </p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
