import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { AgendaFieldsSchema } from '../../../shared/domain/agenda';
import type { LookbackInfo } from '../../../shared/domain/cycle';
import { formatDate, formatPeriod } from '../../../shared/format';
import { errorMessage, invoke } from '../api/client';
import { Button } from '../components/Button';
import { TextArea } from '../components/TextArea';
import { EditorSection } from '../plan/EditorSection';
import { useEditor } from '../plan/EditorContext';
import { PredecessorLinkForm } from './PredecessorLinkForm';
import { PredecessorResultsTable } from './PredecessorResultsTable';

/**
 * Terugblik in the Plan editor: which agenda this one builds on (or a form to link one), what that one
 * delivered, and the Terugblik text, which can be drafted from the predecessor's evaluation while it is empty.
 */
export function LookbackSection() {
  const { agenda, save, saveField } = useEditor();
  const [info, setInfo] = useState<LookbackInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draftError, setDraftError] = useState<string | null>(null);
  const [focusText, setFocusText] = useState(false);
  const [reloads, setReloads] = useState(0);

  // Reloaded when the link changes, and after a refusal (the list was out of date); the text itself is in the agenda.
  useEffect(() => {
    let current = true;
    invoke('cycle.lookback', { agendaId: agenda.id }).then(
      (loaded) => current && setInfo(loaded),
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [agenda.id, agenda.predecessorId, reloads]);

  const unlink = async () => {
    await save('agenda.linkPredecessor', { id: agenda.id, predecessorId: null });
  };

  const fillDraft = async () => {
    const result = await save('agenda.draftLookback', { id: agenda.id });
    setDraftError(result.ok ? null : result.error);
    setFocusText(result.ok);
  };

  // Focus moves to the drafted text only after the field has taken it over: a focused field keeps what it shows.
  useEffect(() => {
    if (!focusText || agenda.lookback === '') return;
    setFocusText(false);
    document.getElementById('veld-lookback')?.focus();
  }, [focusText, agenda.lookback]);

  const predecessor = info?.predecessor ?? null;
  return (
    <EditorSection id="terugblik">
      <div className="wa-lookback-link" aria-live="polite">
        {loadError ? <p className="utrecht-paragraph">{loadError}</p> : null}
        {info && predecessor ? (
          <>
            <p className="utrecht-paragraph">
              Vorige werkagenda: <strong>{predecessor.title}</strong> ({formatPeriod(predecessor.startYear, predecessor.endYear)}).{' '}
              <Link className="utrecht-link utrecht-link--html-a" to={`/agenda/${agenda.id}/vergelijken`}>Vergelijken met de vorige werkagenda</Link>
            </p>
            {predecessor.deleted ? <p className="utrecht-paragraph">Die staat bij de verwijderde werkagenda’s; zet haar terug op de startpagina om te zien wat zij opleverde.</p> : null}
            <Button appearance="subtle" onClick={() => void unlink()}>Koppeling met de vorige werkagenda verwijderen</Button>
          </>
        ) : null}
        {info && !predecessor ? (
          <>
            <p className="utrecht-paragraph">
              {info.predecessorMissing
                ? 'Deze werkagenda bouwt voort op een vorige werkagenda die niet in deze installatie staat.'
                : 'Geen vorige werkagenda gekoppeld.'}
            </p>
            <PredecessorLinkForm candidates={info.candidates} onRefused={() => setReloads((count) => count + 1)} />
          </>
        ) : null}
      </div>
      {info?.results ? (
        <details className="wa-details">
          <summary>Wat de vorige werkagenda opleverde (stand op {formatDate(info.results.asOf)})</summary>
          <PredecessorResultsTable results={info.results} />
        </details>
      ) : null}
      {info?.draft && agenda.lookback.trim() === '' ? (
        <div className="wa-row wa-row--wrap">
          <Button appearance="secondary" onClick={() => void fillDraft()}>Terugblik opstellen uit de evaluatie</Button>
          <p className="utrecht-paragraph wa-muted">Zet een concept in de terugblik met per actie het resultaat en de les, de doelen en de banen. U past het daarna aan.</p>
        </div>
      ) : null}
      {draftError ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{draftError}</p></div> : null}
      <TextArea
        id="veld-lookback"
        label="Terugblik op de vorige werkagenda"
        description="Wat leverde de vorige werkagenda op, wat werkte en wat niet?"
        value={agenda.lookback}
        rows={agenda.lookback.length > 600 ? 16 : 8}
        schema={AgendaFieldsSchema.shape.lookback}
        onSave={(text) => saveField('agenda.update', { id: agenda.id, patch: { lookback: text } })}
      />
    </EditorSection>
  );
}
