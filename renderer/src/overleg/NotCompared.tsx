import type { FlaggedAgenda } from '../../../shared/domain/overleg';

/** Agendas of the period that are left out, with the core's reason: an altered file never enters the comparison silently. */
export function NotCompared({ flagged }: { flagged: FlaggedAgenda[] }) {
  if (flagged.length === 0) return null;
  return (
    <div className="utrecht-alert utrecht-alert--warning wa-overleg-flagged" role="region" aria-labelledby="kop-overleg-niet-vergeleken">
      <div className="utrecht-alert__content">
        <h2 className="utrecht-heading-3" id="kop-overleg-niet-vergeleken">Niet vergeleken</h2>
        <p className="utrecht-paragraph">
          {flagged.length === 1 ? 'Deze werkagenda staat niet in de vergelijking' : "Deze werkagenda’s staan niet in de vergelijking"}, omdat de inhoud of de handtekeningen niet kloppen:
        </p>
        <ul className="utrecht-unordered-list">
          {flagged.map((item) => (
            <li key={item.agendaId}><strong>{item.sectorName}: {item.title}.</strong> {item.reason}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
