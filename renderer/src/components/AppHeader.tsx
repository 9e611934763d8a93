import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** Skip link, app name (back to the start screen) and, in the editor, the save status. */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <>
      <a
        className="utrecht-skip-link utrecht-skip-link--visible-on-focus"
        href="#inhoud"
        onClick={(event) => {
          event.preventDefault();
          const main = document.getElementById('inhoud');
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        Naar de inhoud
      </a>
      <header className="wa-app-header">
        <Link className="wa-app-header__name" to="/">Werkagenda Banenafspraak</Link>
        <nav aria-label="Hoofdmenu" className="wa-app-header__nav">
          <Link className="wa-app-header__link" to="/">Werkagenda's</Link>
          <Link className="wa-app-header__link" to="/beheer">Beheer</Link>
        </nav>
        {children}
      </header>
    </>
  );
}
