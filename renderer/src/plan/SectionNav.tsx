import { memo } from 'react';
import { NavLink } from 'react-router';
import { sections } from '../../../shared/completeness';

/** Links to the sections of the agenda, in cycle order. */
export const SectionNav = memo(function SectionNav({ agendaId }: { agendaId: string }) {
  return (
    <nav className="wa-section-nav" aria-label="Onderdelen van de werkagenda">
      <ol className="wa-section-nav__list">
        {sections.map((section) => (
          <li key={section.id}>
            <NavLink
              className={({ isActive }) => `utrecht-link utrecht-link--html-a wa-section-nav__link${isActive ? ' wa-section-nav__link--current' : ''}`}
              to={`/agenda/${agendaId}/${section.id}`}
            >
              {section.title}
            </NavLink>
          </li>
        ))}
      </ol>
    </nav>
  );
});
