import { addresseeShort } from '../../../shared/labels';
import type { KnelpuntGroup } from '../../../shared/overleg';
import { countWords } from '../../../shared/format';
import type { OverlegView } from './useOverleg';

const headingId = (group: KnelpuntGroup) => `kop-overleg-signaal-${group.catalogueId ?? 'overig'}`;

function SignalTheme({ group, labels }: { group: KnelpuntGroup; labels: Map<string, string> }) {
  return (
    <section className="wa-overleg-knelpunt" aria-labelledby={headingId(group)}>
      <div className="wa-overleg-knelpunt__head">
        <h3 className="utrecht-heading-3" id={headingId(group)}>{group.code ? `${group.code}. ${group.title}` : 'Zonder categorie'}</h3>
        <span className="utrecht-status-badge">{countWords(group.sectorCount, 'sector', 'sectoren')}</span>
      </div>
      <ul className="wa-plain-list wa-overleg-knelpunt__sectors">
        {group.sectors.map((sector) => (
          <li key={sector.agendaId} className="wa-overleg-knelpunt__sector">
            <h4 className="utrecht-heading-4">{labels.get(sector.agendaId) ?? sector.sectorName}</h4>
            {sector.knelpunten.map((knelpunt) => (
              <div key={knelpunt.id} className="wa-overleg-knelpunt__text">
                <p className="utrecht-paragraph"><strong>{knelpunt.title}</strong></p>
                <dl className="wa-overleg-knelpunt__facts">
                  <dt>Aan</dt>
                  <dd>{addresseeShort[knelpunt.addressee]}</dd>
                  <dt>Verzoek</dt>
                  <dd>{knelpunt.request.trim() !== '' ? knelpunt.request : <span className="wa-muted">Nog geen verzoek beschreven.</span>}</dd>
                  <dt>Oorzaak</dt>
                  <dd>{knelpunt.cause.trim() !== '' ? knelpunt.cause : <span className="wa-muted">Niet beschreven.</span>}</dd>
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
 * "Signalen voor SZW en BZK": what no sector can solve itself (seed 003 §6.1 recommendation 1), of all sectors,
 * by theme, with what each sector asks; the ministries improve the law and the government-wide policy from these.
 */
export function SignalsSection({ view }: { view: OverlegView }) {
  return (
    <section className="wa-section" aria-labelledby="kop-overleg-signalen">
      <h2 className="utrecht-heading-2" id="kop-overleg-signalen" tabIndex={-1}>Signalen voor SZW en BZK</h2>
      {view.signals.length === 0 ? (
        <p className="utrecht-paragraph">Geen van de vergeleken werkagenda’s legt een knelpunt bij SZW, BZK of een andere partij.</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            Knelpunten die de sectoren en hun werkgevers niet zelf kunnen oplossen, per thema, met wat elke sector vraagt. Bespreek ze in het overleg en geef ze door aan het ministerie.
          </p>
          {view.signals.map((group) => <SignalTheme key={group.catalogueId ?? 'overig'} group={group} labels={view.columnLabels} />)}
        </>
      )}
    </section>
  );
}
