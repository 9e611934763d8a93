import { memo } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { sections } from '../../../shared/completeness';

/** The steps of the cycle for one agenda: write it (Plan), run and measure it (Do, Check), its jobs; evaluate it (Act), compare it with its predecessor; have it signed. */
export const CycleNav = memo(function CycleNav({ agendaId }: { agendaId: string }) {
  const link = ({ isActive }: { isActive: boolean }) => `wa-cycle-nav__link${isActive ? ' wa-cycle-nav__link--current' : ''}`;
  // The Plan editor also answers on /agenda/:id/<section>; those are Plan too.
  const { pathname } = useLocation();
  const inPlan = pathname === `/agenda/${agendaId}` || sections.some((section) => pathname === `/agenda/${agendaId}/${section.id}`);
  // Reading a frozen version (/agenda/:id/versie/:n) is part of Ondertekening.
  const inSignoff = pathname === `/agenda/${agendaId}/ondertekening` || pathname.startsWith(`/agenda/${agendaId}/versie/`);
  return (
    <nav aria-label="Werkagenda" className="wa-cycle-nav">
      <Link className={link({ isActive: inPlan })} to={`/agenda/${agendaId}`} aria-current={inPlan ? 'page' : undefined}>Plan</Link>
      <NavLink className={link} to={`/agenda/${agendaId}/voortgang`}>Voortgang</NavLink>
      <NavLink className={link} to={`/agenda/${agendaId}/banen`}>Banen en quotum</NavLink>
      <NavLink className={link} to={`/agenda/${agendaId}/evaluatie`}>Evaluatie</NavLink>
      <NavLink className={link} to={`/agenda/${agendaId}/vergelijken`}>Vergelijken</NavLink>
      <NavLink className={link} to={`/agenda/${agendaId}/rapportage`}>Rapportage</NavLink>
      <Link className={link({ isActive: inSignoff })} to={`/agenda/${agendaId}/ondertekening`} aria-current={inSignoff ? 'page' : undefined}>Ondertekening</Link>
    </nav>
  );
});
