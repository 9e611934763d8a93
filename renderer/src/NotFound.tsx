import { Link } from 'react-router';
import { AppHeader } from './components/AppHeader';
import { useDocumentTitle } from './components/useDocumentTitle';

/** Shown for an address the app does not know. */
export function NotFound() {
  useDocumentTitle('Pagina niet gevonden');
  return (
    <>
      <AppHeader />
      <main className="wa-page" id="inhoud" tabIndex={-1}>
        <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
        <p className="utrecht-paragraph">Deze pagina bestaat niet. <Link className="utrecht-link utrecht-link--html-a" to="/">Naar alle werkagenda’s</Link></p>
      </main>
    </>
  );
}
