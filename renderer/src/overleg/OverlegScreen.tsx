import { useEffect } from 'react';
import { Link } from 'react-router';
import { AppHeader } from '../components/AppHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { ComparedAgendas } from './ComparedAgendas';
import { CycleChecksSection } from './CycleChecksSection';
import { GroupsSection } from './GroupsSection';
import { JobsSection } from './JobsSection';
import { LessonsSection } from './LessonsSection';
import { MixSection } from './MixSection';
import { NotCompared } from './NotCompared';
import { OnThisPage } from './OnThisPage';
import { OverlegExports } from './OverlegExports';
import { OverlegFilters } from './OverlegFilters';
import { SharedKnelpuntenSection } from './SharedKnelpuntenSection';
import { SignalsSection } from './SignalsSection';
import { TargetsSection } from './TargetsSection';
import { TypeMatrixSection } from './TypeMatrixSection';
import { useOverleg } from './useOverleg';
import { ExampleLibrary } from '../examples/ExampleLibrary';

const sections = [
  { id: 'kop-overleg-agendas', label: "Vergeleken werkagenda’s" },
  { id: 'kop-overleg-matrix', label: 'Actietypen per sector' },
  { id: 'kop-overleg-cyclus', label: 'Volledigheid van de beleidscyclus' },
  { id: 'kop-overleg-mix', label: 'Nieuw of bestaand, en wie uitvoert' },
  { id: 'kop-overleg-banen', label: 'Banen per sector' },
  { id: 'kop-overleg-doelen', label: 'Doelen per sector' },
  { id: 'kop-overleg-lessen', label: 'Wat werkte per actietype' },
  { id: 'kop-overleg-knelpunten', label: 'Gedeelde knelpunten' },
  { id: 'kop-overleg-signalen', label: 'Signalen voor SZW en BZK' },
  { id: 'kop-overleg-voorbeelden', label: 'Goede voorbeelden' },
  { id: 'kop-overleg-groepen', label: 'Groepen van sectoren' },
];
const comparisonOnly = new Set(['kop-overleg-matrix', 'kop-overleg-cyclus', 'kop-overleg-mix', 'kop-overleg-banen', 'kop-overleg-doelen', 'kop-overleg-lessen', 'kop-overleg-knelpunten', 'kop-overleg-signalen']);

/**
 * The dossierhoudersoverleg (workflow 6): all sectors' agendas of one period
 * side by side, limited to a group if chosen. Read-only; the figures come from
 * shared/overleg through useOverleg.
 */
export function OverlegScreen() {
  const overleg = useOverleg();
  const { data, loadError, view } = overleg;
  useDocumentTitle('Dossierhoudersoverleg');

  const loaded = data !== null;
  useEffect(() => {
    if (loaded) document.getElementById('kop-overleg')?.focus();
  }, [loaded]);

  return (
    <>
      <AppHeader />
      <main className="wa-page wa-overleg" id="inhoud" tabIndex={-1}>
        <h1 className="utrecht-heading-1" id="kop-overleg" tabIndex={-1}>Dossierhoudersoverleg</h1>
        <p className="utrecht-paragraph wa-overleg__intro">
          De werkagenda’s van alle sectoren in één periode naast elkaar: welke actietypen ze gebruiken, hoe volledig hun beleidscyclus is,
          hoeveel banen ze realiseren, hoe hun doelen ervoor staan, wat werkte en welke knelpunten ze delen. U kunt hier niets wijzigen; de werkagenda’s zelf past u aan bij Plan.
        </p>

        {loadError && !data ? (
          <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">De vergelijking kon niet worden geladen. {loadError}</p></div>
        ) : null}
        {!data && !loadError ? <p className="utrecht-paragraph" role="status">Bezig met laden…</p> : null}

        {data && !data.period ? (
          <p className="utrecht-paragraph">
            Er zijn nog geen werkagenda’s om te vergelijken. Maak een werkagenda of lees het uitwisselbestand van een andere sector in
            op <Link className="utrecht-link utrecht-link--html-a" to="/">Werkagenda’s</Link>.
          </p>
        ) : null}

        {data?.period && view ? (
          <>
            <div className="wa-overleg__bar">
              <OverlegFilters overleg={overleg} />
              <OverlegExports overleg={overleg} />
            </div>
            {loadError ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{loadError}</p></div> : null}
            <OnThisPage sections={view.agendas.length > 0 ? sections : sections.filter((section) => !comparisonOnly.has(section.id))} />
            <NotCompared flagged={view.flagged} />
            <ComparedAgendas agendas={view.agendas} group={overleg.group} />
            {view.agendas.length > 0 ? (
              <>
                <TypeMatrixSection overleg={overleg} view={view} />
                <CycleChecksSection view={view} />
                <MixSection view={view} />
                <JobsSection view={view} />
                <TargetsSection view={view} />
                <LessonsSection view={view} />
                <SharedKnelpuntenSection view={view} />
                <SignalsSection view={view} />
              </>
            ) : null}
          </>
        ) : null}

        {data ? <ExampleLibrary /> : null}
        {data ? <GroupsSection overleg={overleg} /> : null}
      </main>
    </>
  );
}
