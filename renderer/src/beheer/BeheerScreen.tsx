import { AppHeader } from '../components/AppHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { BackupSection } from '../backup/BackupSection';
import { ActionTypesList } from './ActionTypesList';
import { SectorsList } from './SectorsList';

/** Reference data users maintain themselves (the sectors and the wording of the action types), and the reservekopie of all data. */
export function BeheerScreen() {
  useDocumentTitle('Beheer');
  return (
    <>
      <AppHeader />
      <main className="wa-page wa-beheer" id="inhoud" tabIndex={-1}>
        <h1 className="utrecht-heading-1">Beheer</h1>
        <p className="utrecht-paragraph">Hier maakt u een reservekopie van alle gegevens of zet u er een terug. Sectoren en actietypen gelden voor alle werkagenda’s in deze installatie; wijzigingen worden meteen opgeslagen.</p>
        <BackupSection />
        <SectorsList />
        <ActionTypesList />
      </main>
    </>
  );
}
