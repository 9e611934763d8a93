import { NavLink } from 'react-router';

/** The steps of the cycle for one agenda: write it (Plan), run and measure it (Do, Check), its jobs; evaluate it (Act) and compare it with its predecessor. */
export function CycleNav({ agendaId }: { agendaId: string }) {
  const link = ({ isActive }: { isActive: boolean }) => `wa-cycle-nav__link${isActive ? ' wa-cycle-nav__link--current' : ''}`;
  return (
    <nav aria-label="Werkagenda" className="wa-cycle-nav">
      <NavLink className={link} to={`/agenda/${agendaId}`} end>Plan</NavLink>
      <NavLink className={link} to={`/agenda/${agendaId}/voortgang`}>Voortgang</NavLink>
      <NavLink className={link} to={`/agenda/${agendaId}/banen`}>Banen en quotum</NavLink>
      <NavLink className={link} to={`/agenda/${agendaId}/evaluatie`}>Evaluatie</NavLink>
      <NavLink className={link} to={`/agenda/${agendaId}/vergelijken`}>Vergelijken</NavLink>
    </nav>
  );
}
