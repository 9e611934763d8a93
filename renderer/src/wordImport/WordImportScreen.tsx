import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { WordImportCreateSchema, type WordProposal } from '../../../shared/domain/wordImport';
import { countWords } from '../../../shared/format';
import { errorMessage, invoke } from '../api/client';
import { AppHeader } from '../components/AppHeader';
import { Button } from '../components/Button';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { focusWhenReady } from '../focus';
import { ReviewActionCard } from './ReviewActionCard';
import { NotRecognised, ReviewBasics, ReviewTexts } from './ReviewBasics';
import { ReviewGoals, ReviewKnelpunten, ReviewSignatories } from './ReviewLists';
import { initialReview, toCreateInput, type ReviewState } from './reviewState';
import { loadReview } from './loadReview';
import { forgetReview, saveReview, type StoredReview } from './reviewStore';
import { WordImportCard } from './WordImportCard';

function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="wa-word-part">
      <h2 className="utrecht-heading-2" id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The review of a Word werkagenda: accept, correct or leave out each proposed item; then one concept is written. */
export function WordImportScreen() {
  useDocumentTitle('Werkagenda uit Word inlezen');
  const sent = (useLocation().state as { proposal?: WordProposal } | null)?.proposal;
  // The kept review first: it has the user's corrections (reviewStore.ts).
  const [review] = useState<StoredReview | null>(() => loadReview() ?? (sent ? { proposal: sent, state: initialReview(sent) } : null));
  return (
    <>
      <AppHeader />
      <main className="wa-page" id="inhoud" tabIndex={-1}>
        {review ? <Review proposal={review.proposal} initial={review.state} /> : (
          <>
            <h1 className="utrecht-heading-1">Werkagenda uit Word inlezen</h1>
            <WordImportCard />
          </>
        )}
      </main>
    </>
  );
}

/** Keeps the review a moment after the last change, and at once when the screen is left or the page reloaded. */
function useKeptReview(proposal: WordProposal, state: ReviewState, done: React.RefObject<boolean>) {
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    const timer = window.setTimeout(() => { if (!done.current) saveReview({ proposal, state }); }, 300);
    return () => window.clearTimeout(timer);
  }, [proposal, state, done]);
  useEffect(() => {
    const flush = () => { if (!done.current) saveReview({ proposal, state: latest.current }); };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [proposal, done]);
}

function Review({ proposal, initial }: { proposal: WordProposal; initial: ReviewState }) {
  const navigate = useNavigate();
  const [state, setState] = useState<ReviewState>(initial);
  const done = useRef(false);
  useKeptReview(proposal, state, done);
  const finish = () => {
    done.current = true;
    forgetReview();
  };
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kept = state.actions.filter((action) => action.keep).length;
  const keptKnelpunten = state.knelpunten.filter((knelpunt) => knelpunt.keep);

  const create = async () => {
    const parsed = WordImportCreateSchema.safeParse(toCreateInput(state));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const [list, index] = issue.path;
      const where = list === 'actions' && typeof index === 'number' ? ` (actie ${state.actions.map((action, at) => [action, at] as const).filter(([action]) => action.keep)[index]![1] + 1})` : '';
      setError(`${issue.message}${where}`);
      focusWhenReady('word-fout');
      return;
    }
    setBusy(true);
    try {
      const { agendaId } = await invoke('wordImport.create', parsed.data);
      finish();
      navigate(`/agenda/${agendaId}`);
    } catch (failure) {
      setBusy(false);
      setError(`Het concept is niet gemaakt: ${errorMessage(failure)}`);
      focusWhenReady('word-fout');
    }
  };

  return (
    <>
      <h1 className="utrecht-heading-1">Werkagenda uit Word inlezen: controleren</h1>
      <p className="utrecht-paragraph wa-word-intro">
        {`Gelezen uit “${proposal.fileName}”: ${countWords(proposal.found.headings, 'kop', 'koppen')}, ${countWords(proposal.found.paragraphs, 'alinea', 'alinea’s')} en ${countWords(proposal.found.tables, 'tabel', 'tabellen')}. `}
        Controleer elk voorstel: neem het over, verbeter het of laat het weg. Er wordt pas iets opgeslagen als u het concept maakt. Onder elk onderdeel staat de tekst uit het document waar het vandaan komt.
      </p>
      <Part id="kop-word-algemeen" title="Titel, sector en periode"><ReviewBasics state={state} update={setState} sources={{ title: proposal.title.source, sector: proposal.sectorSource, period: proposal.periodSource }} /></Part>
      <Part id="kop-word-teksten" title="Inleiding, terugblik en toelichting"><ReviewTexts state={state} update={setState} /></Part>
      <Part id="kop-word-knelpunten" title={`Knelpunten (${state.knelpunten.length})`}><ReviewKnelpunten state={state} update={setState} /></Part>
      <Part id="kop-word-doelen" title="Doelstellingen"><ReviewGoals state={state} update={setState} /></Part>
      <Part id="kop-word-acties" title={`Acties (${state.actions.length})`}>
        {state.actions.length === 0 ? <p className="utrecht-paragraph">Geen acties herkend.</p> : state.actions.map((action, index) => (
          <ReviewActionCard key={action.key} action={action} index={index} knelpunten={keptKnelpunten}
            onChange={(changed) => setState((current) => ({ ...current, actions: current.actions.map((item, at) => (at === index ? changed : item)) }))} />
        ))}
      </Part>
      <Part id="kop-word-ondertekenaars" title="Ondertekenaars"><ReviewSignatories state={state} update={setState} /></Part>
      <Part id="kop-word-niet-herkend" title={`Niet herkend (${proposal.unrecognised.length})`}><NotRecognised passages={proposal.unrecognised} /></Part>
      <div className="wa-card wa-word-submit">
        <div id="word-fout" tabIndex={-1} role="alert">{error ? <div className="utrecht-alert utrecht-alert--error"><p className="utrecht-paragraph">{error}</p></div> : null}</div>
        <p className="utrecht-paragraph">{`Het concept krijgt ${countWords(kept, 'actie', 'acties')}. Daarna ziet u in de volledigheidscontrole wat er nog ontbreekt.`}</p>
        <div className="wa-row wa-row--wrap wa-row--center">
          <Button appearance="primary" onClick={() => void create()} disabled={busy}>Concept-werkagenda maken</Button>
          <Link className="utrecht-link utrecht-link--html-a" to="/" onClick={finish}>Annuleren</Link>
        </div>
      </div>
    </>
  );
}
