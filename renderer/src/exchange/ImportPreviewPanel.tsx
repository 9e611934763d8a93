import type { ImportKind, ImportPreview } from '../../../shared/domain/exchange';
import { Button } from '../components/Button';
import { formatDateTime } from '../../../shared/format';

/** The button that carries out an import, named after what it does. */
export const importButtonLabels: Partial<Record<ImportKind, string>> = {
  nieuw: 'Toevoegen',
  bijwerken: 'Bijwerken',
  samenvoegen: 'Opmerkingen en handtekeningen overnemen',
  ouder: 'Opmerkingen en handtekeningen overnemen',
};

interface Props {
  preview: ImportPreview;
  fileName: string;
  acceptProblems: boolean;
  acceptError: string | null;
  busy: boolean;
  onAcceptProblems: (accept: boolean) => void;
  onImport: () => void;
  onClose: () => void;
}

export const previewHeadingId = 'kop-import-voorbeeld';

/** What importing the chosen file would do: which agenda, from whom, what changes, what is wrong with it. */
export function ImportPreviewPanel({ preview, fileName, acceptProblems, acceptError, busy, onAcceptProblems, onImport, onClose }: Props) {
  const hasProblems = preview.problems.length > 0;
  return (
    <section className="wa-exchange-preview" aria-labelledby={previewHeadingId}>
      <h3 className="utrecht-heading-3" id={previewHeadingId} tabIndex={-1}>{preview.title}</h3>
      <dl className="wa-exchange-preview__facts">
        <div><dt>Bestand</dt><dd>{fileName}</dd></div>
        <div><dt>Sector</dt><dd>{preview.sectorName}</dd></div>
        <div><dt>Periode</dt><dd>{preview.period}</dd></div>
        <div><dt>Geëxporteerd</dt><dd>{formatDateTime(preview.exportedAt)}{preview.exportedBy ? ` door ${preview.exportedBy}` : ''}</dd></div>
      </dl>
      {/* Read the key out to the sender (or compare it with theirs under Ondertekening) to know the file is theirs. */}
      <p className="utrecht-paragraph wa-exchange-preview__origin">{preview.origin}</p>
      <p className={`utrecht-paragraph wa-exchange-preview__explanation${preview.canImport || preview.kind === 'niets_nieuw' ? '' : ' wa-exchange-preview__explanation--refused'}`}>{preview.explanation}</p>
      {preview.changes.length > 0 ? (
        <>
          <h4 className="utrecht-heading-4">{preview.canImport ? 'Wat er verandert' : 'Verschillen'}</h4>
          <ul className="utrecht-unordered-list wa-exchange-preview__changes">
            {preview.changes.map((change, index) => <li key={index}>{change}</li>)}
          </ul>
        </>
      ) : null}
      {preview.notices.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--info">
          <div>
            <h4 className="utrecht-heading-4">Minder beveiligd</h4>
            <ul className="utrecht-unordered-list">
              {preview.notices.map((notice, index) => <li key={index}>{notice}</li>)}
            </ul>
          </div>
        </div>
      ) : null}
      {hasProblems ? (
        <div className="utrecht-alert utrecht-alert--warning" role="alert">
          <div>
            <h4 className="utrecht-heading-4">Waarschuwingen</h4>
            <ul className="utrecht-unordered-list">
              {preview.problems.map((problem, index) => <li key={index}>{problem}</li>)}
            </ul>
          </div>
        </div>
      ) : null}
      {preview.canImport && hasProblems ? (
        <div className={`utrecht-form-field utrecht-form-field--checkbox wa-choice${acceptError ? ' utrecht-form-field--invalid' : ''}`}>
          <input id="import-waarschuwingen" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
            checked={acceptProblems} aria-describedby={acceptError ? 'import-waarschuwingen-fout' : undefined} aria-invalid={acceptError ? true : undefined}
            onChange={(event) => onAcceptProblems(event.target.checked)} />
          <div className="wa-choice__text">
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="import-waarschuwingen">Ik heb de waarschuwingen gelezen en wil toch importeren</label>
            {acceptError ? <div className="utrecht-form-field-error-message" id="import-waarschuwingen-fout">{acceptError}</div> : null}
          </div>
        </div>
      ) : null}
      <div className="utrecht-button-group">
        {preview.canImport ? (
          <>
            <Button appearance="primary" onClick={onImport} disabled={busy}>{importButtonLabels[preview.kind] ?? 'Importeren'}</Button>
            <Button appearance="secondary" onClick={onClose}>Annuleren</Button>
          </>
        ) : <Button appearance="secondary" onClick={onClose}>Sluiten</Button>}
      </div>
    </section>
  );
}
