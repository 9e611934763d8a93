import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../shared/format';
import { invoke } from '../api/client';
import { FileExportButton } from '../exchange/FileExportButton';

type Automatic = { folder: string; latest: string | null; count: number };

/** "Reservekopie maken": all data of this installation in one file, plus where the automatic daily copies are. */
export function MakeBackup() {
  const [automatic, setAutomatic] = useState<Automatic | null>(null);
  useEffect(() => {
    let live = true;
    invoke('backup.list', {})
      .then((list) => { if (live) setAutomatic({ folder: list.folder, latest: list.automatic[0]?.madeAt ?? null, count: list.automatic.length }); })
      .catch(() => undefined);
    return () => { live = false; };
  }, []);

  return (
    <div className="wa-backup__part">
      <h3 className="utrecht-heading-3">Reservekopie maken</h3>
      <p className="utrecht-paragraph">
        Een reservekopie bevat alle werkagenda’s van deze installatie, met hun versies, handtekeningen, metingen en banen, en de sectoren en actietypen. Bewaar het bestand op een veilige plek, bijvoorbeeld op een netwerkschijf.
      </p>
      <FileExportButton label="Reservekopie maken" kind="reservekopie" make={() => invoke('backup.create', {})} doneText="Reservekopie gemaakt" />
      {automatic ? (
        <p className="utrecht-paragraph wa-muted">
          De toepassing maakt ook zelf elke dag bij het starten een reservekopie ({automatic.count === 1 ? '1 bewaard' : `${automatic.count} bewaard`}
          {automatic.latest ? `, de laatste op ${formatDateTime(automatic.latest)}` : ''}) in de map <span className="wa-backup__folder">{automatic.folder}</span>. De laatste 10 blijven bewaard, en van oudere één per maand.
        </p>
      ) : null}
    </div>
  );
}
