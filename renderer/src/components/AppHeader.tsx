import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';

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
          {/* NavLink marks the page you are on with aria-current="page". */}
          <NavLink className="wa-app-header__link" to="/" end>Werkagenda’s</NavLink>
          <NavLink className="wa-app-header__link" to="/overleg">Overleg</NavLink>
          <NavLink className="wa-app-header__link" to="/beheer">Beheer</NavLink>
        </nav>
        {children}
      </header>
    </>
  );
}
