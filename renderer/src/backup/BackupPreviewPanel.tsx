import type { BackupPreview } from '../../../shared/domain/backup';
import { countWords, formatDateTime } from '../../../shared/format';
import { Button } from '../components/Button';

export const backupPreviewHeadingId = 'kop-reservekopie-inhoud';

interface Props {
  preview: BackupPreview;
  busy: boolean;
  onRestore: () => void;
  onCancel: () => void;
}

/** What a chosen reservekopie holds, before anything changes. */
export function BackupPreviewPanel({ preview, busy, onRestore, onCancel }: Props) {
  const agendas = preview.agendas;
  return (
    <section className="wa-exchange-preview" aria-labelledby={backupPreviewHeadingId}>
      <h4 className="utrecht-heading-4" id={backupPreviewHeadingId} tabIndex={-1}>Inhoud van de reservekopie</h4>
      <dl className="wa-exchange-preview__facts">
        <div><dt>Bestand</dt><dd>{preview.fileName}</dd></div>
        <div><dt>Gemaakt</dt><dd>{preview.madeAt ? formatDateTime(preview.madeAt) : 'Onbekend'}</dd></div>
        <div><dt>Laatste wijziging in een werkagenda</dt><dd>{preview.lastChange ? formatDateTime(preview.lastChange) : 'Geen'}</dd></div>
        <div><dt>Werkagenda’s</dt><dd>{agendas.length}</dd></div>
      </dl>
      {agendas.length > 0 ? (
        <table className="utrecht-table wa-backup__agendas">
          <caption className="utrecht-table__caption">Werkagenda’s in de reservekopie</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Titel</th>
              <th scope="col" className="utrecht-table__header-cell">Periode</th>
              <th scope="col" className="utrecht-table__header-cell">Versies</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {agendas.map((agenda, index) => (
              <tr className="utrecht-table__row" key={index}>
                <td className="utrecht-table__cell">{agenda.title}{agenda.deleted ? ' (in de prullenbak)' : ''}</td>
                <td className="utrecht-table__cell">{agenda.period}</td>
                <td className="utrecht-table__cell">{agenda.versions === 0 ? 'Nog geen' : countWords(agenda.versions, 'versie', 'versies')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p className="utrecht-paragraph">De reservekopie bevat geen werkagenda’s.</p>}
      {preview.olderVersion ? <p className="utrecht-paragraph">De reservekopie komt van een oudere versie van de toepassing; bij het terugzetten wordt ze bijgewerkt.</p> : null}
      <div className="utrecht-alert utrecht-alert--warning">
        <p className="utrecht-paragraph">
          Terugzetten vervangt alle gegevens in deze installatie door de inhoud van de reservekopie. Wat u sinds de reservekopie hebt ingevoerd, verdwijnt daarmee. De toepassing maakt eerst zelf een reservekopie van de huidige gegevens, zodat u dit ongedaan kunt maken.
        </p>
      </div>
      <div className="utrecht-button-group">
        <Button appearance="primary" onClick={onRestore} disabled={busy}>{busy ? 'Bezig met terugzetten…' : 'Deze reservekopie terugzetten'}</Button>
        <Button appearance="secondary" onClick={onCancel} disabled={busy}>Annuleren</Button>
      </div>
    </section>
  );
}
