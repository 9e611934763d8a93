import type { KnelpuntGroup } from '../../../shared/overleg';
import type { OverlegView } from './useOverleg';
import { countWords } from '../../../shared/format';

const groupHeadingId = (group: KnelpuntGroup) => `kop-overleg-knelpunt-${group.catalogueId ?? 'overig'}`;

function KnelpuntCategory({ group, labels }: { group: KnelpuntGroup; labels: Map<string, string> }) {
  return (
    <section className="wa-overleg-knelpunt" aria-labelledby={groupHeadingId(group)}>
      <div className="wa-overleg-knelpunt__head">
        <h3 className="utrecht-heading-3" id={groupHeadingId(group)}>{group.code ? `${group.code}. ${group.title}` : group.title}</h3>
        <span className={`utrecht-status-badge${group.shared ? ' wa-overleg-knelpunt__shared' : ''}`}>
          {group.shared ? `Gedeeld door ${group.sectorCount} sectoren` : countWords(group.sectorCount, 'sector', 'sectoren')}
        </span>
      </div>
      <p className="utrecht-paragraph wa-overleg-knelpunt__description">{group.description}</p>
      <ul className="wa-plain-list wa-overleg-knelpunt__sectors">
        {group.sectors.map((sector) => (
          <li key={sector.agendaId} className="wa-overleg-knelpunt__sector">
            <h4 className="utrecht-heading-4">{labels.get(sector.agendaId) ?? sector.sectorName}</h4>
            {sector.knelpunten.map((knelpunt) => (
              <div key={knelpunt.id} className="wa-overleg-knelpunt__text">
                <p className="utrecht-paragraph"><strong>{knelpunt.title}</strong></p>
                {knelpunt.description.trim() !== '' ? <p className="utrecht-paragraph">{knelpunt.description}</p> : null}
                <dl className="wa-overleg-knelpunt__facts">
                  <dt>Oorzaak</dt>
                  <dd>{knelpunt.cause.trim() !== '' ? knelpunt.cause : <span className="wa-muted">Niet beschreven.</span>}</dd>
                  <dt>Aangepakt door</dt>
                  <dd>
                    {knelpunt.answeredBy.length === 0 ? <span className="wa-muted">Nog geen actie.</span> : (
                      <ul className="wa-overleg-knelpunt__answers">
                        {knelpunt.answeredBy.map((action) => <li key={action.id}>{action.title}</li>)}
                      </ul>
                    )}
                  </dd>
                </dl>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Knelpunten by catalogue category, those shared by two or more sectors first
 * (sharedKnelpunten orders them), with each sector's own words side by side
 * and the actions that answer them, so representatives can discuss solutions.
 */
export function SharedKnelpuntenSection({ view }: { view: OverlegView }) {
  return (
    <section className="wa-section" aria-labelledby="kop-overleg-knelpunten">
      <h2 className="utrecht-heading-2" id="kop-overleg-knelpunten" tabIndex={-1}>Gedeelde knelpunten</h2>
      {view.knelpunten.length === 0 ? (
        <p className="utrecht-paragraph">De vergeleken werkagenda’s beschrijven nog geen knelpunten.</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            Knelpunten per categorie uit de catalogus van het onderzoek; categorieën die meer sectoren delen staan bovenaan.
            Knelpunten zonder categorie staan onder “Overig”.
          </p>
          {view.knelpunten.map((group) => <KnelpuntCategory key={group.catalogueId ?? 'overig'} group={group} labels={view.columnLabels} />)}
        </>
      )}
    </section>
  );
}
