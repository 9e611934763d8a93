import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage, invoke } from '../api/client';
import { openWordFile } from '../api/openFile';
import { Button } from '../components/Button';
import { initialReview } from './reviewState';
import { forgetReview, saveReview } from './reviewStore';

/** "Werkagenda uit Word inlezen" on the start screen: pick the .docx; the review screen shows what was read. */
export function WordImportCard() {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choose = async () => {
    setError(null);
    setBusy(true);
    try {
      const file = await openWordFile();
      if (!file) return;
      const proposal = await invoke('wordImport.read', file);
      // A review of an earlier file is replaced; if it cannot be kept, the screen still has the proposal.
      forgetReview();
      saveReview({ proposal, state: initialReview(proposal) });
      navigate('/word-inlezen', { state: { proposal } });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="kop-word-inlezen" className="wa-card wa-side-card">
      <h2 className="utrecht-heading-2" id="kop-word-inlezen">Werkagenda uit Word inlezen</h2>
      <p className="utrecht-paragraph">
        Heeft u de werkagenda al in Word (.docx)? Dan maakt de toepassing er een voorstel van: de onderdelen, knelpunten, doelen, acties en ondertekenaars, met een actietype bij elke actie. U controleert alles voordat er iets wordt opgeslagen.
      </p>
      {error ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{error}</p></div> : null}
      <Button id="word-kiezen" appearance="secondary" onClick={() => void choose()} disabled={busy}>{busy ? 'Bezig met lezen…' : 'Word-document kiezen'}</Button>
    </section>
  );
}
