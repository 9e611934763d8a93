import { Link } from 'react-router';
import { AppHeader } from './AppHeader';

/** What a screen of one agenda shows before its data is there: loading, or why it is not found. */
export function AgendaLoading({ error }: { error: string | null }) {
  return (
    <>
      <AppHeader />
      <main className="wa-page" id="inhoud" tabIndex={-1}>
        {error ? (
          <>
            <h1 className="utrecht-heading-1">Werkagenda niet gevonden</h1>
            <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{error}</p></div>
            <p className="utrecht-paragraph"><Link className="utrecht-link utrecht-link--html-a" to="/">Naar alle werkagenda’s</Link></p>
          </>
        ) : <p className="utrecht-paragraph" role="status">Bezig met laden…</p>}
      </main>
    </>
  );
}
