import { Link } from 'react-router';
import { AppHeader } from './components/AppHeader';
import { useDocumentTitle } from './components/useDocumentTitle';

/** Shown instead of the router's default (English) error page when a screen fails to render. */
export function ErrorScreen() {
  useDocumentTitle('Er ging iets mis');
  return (
    <>
      <AppHeader />
      <main className="wa-page" id="inhoud" tabIndex={-1}>
        <h1 className="utrecht-heading-1">Er ging iets mis</h1>
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">Dit scherm kon niet worden getoond. Uw opgeslagen gegevens zijn niet verloren.</p>
        </div>
        <p className="utrecht-paragraph"><Link className="utrecht-link utrecht-link--html-a" to="/">Naar alle werkagenda’s</Link></p>
      </main>
    </>
  );
}
