import { MakeBackup } from './MakeBackup';
import { RestoreBackup } from './RestoreBackup';

/** Beheer: all data of the installation to a file and back. */
export function BackupSection() {
  return (
    <section aria-labelledby="kop-reservekopie" className="wa-beheer__part wa-card wa-backup">
      <h2 className="utrecht-heading-2" id="kop-reservekopie">Reservekopie</h2>
      <p className="utrecht-paragraph">
        Kopieer het gegevensbestand niet zelf terwijl de toepassing draait: de laatste wijzigingen staan dan nog niet in het bestand. Maak een reservekopie hier.
      </p>
      <MakeBackup />
      <RestoreBackup />
    </section>
  );
}
