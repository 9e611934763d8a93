import type { RevisionSummary, SignatureView } from '../../../shared/domain/signoff';
import { formatDate } from '../../../shared/format';
import { keyStateLabels } from '../../../shared/keys';
import { Button } from '../components/Button';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { Fingerprint } from './Fingerprint';

type OnConfirmKey = ((signature: SignatureView) => void) | undefined;

/**
 * "Getekend op 4 februari 2026 — geldig" / "… — ongeldig: <reden>", and beside it
 * the key: its fingerprint to read out and whether it is confirmed here.
 */
function SignatureState({ signature, onConfirmKey }: { signature: SignatureView; onConfirmKey: OnConfirmKey }) {
  return (
    <div className={signature.valid ? 'wa-signoff-signature wa-signoff-signature--valid' : 'wa-signoff-signature wa-signoff-signature--invalid'}>
      <span>Getekend op {formatDate(signature.signedOn)} — {signature.valid ? <strong>geldig</strong> : <><strong>ongeldig:</strong> {signature.problem ?? 'de handtekening klopt niet.'}</>}</span>
      {signature.timeNotice ? <span>{signature.timeNotice}</span> : null}
      <span className={`wa-signoff-key wa-signoff-key--${signature.keyState}`}>
        Sleutel <Fingerprint value={signature.keyFingerprint} />: <strong>{keyStateLabels[signature.keyState]}</strong>
        {signature.newKey ? ' (nieuwe sleutel: deze ondertekenaar tekende eerder met een andere)' : ''}
      </span>
      {signature.valid && signature.keyState !== 'bevestigd' && onConfirmKey ? (
        <Button appearance="secondary" onClick={() => onConfirmKey(signature)}>Sleutel bevestigen<VisuallyHidden> van {signature.signerName}</VisuallyHidden></Button>
      ) : null}
    </div>
  );
}

/** The signatories of one version with the state of their signature on exactly that version. */
export function SignatureTable({ revision, caption, onConfirmKey }: { revision: RevisionSummary; caption: string; onConfirmKey?: OnConfirmKey }) {
  const known = new Set(revision.signatories.map((signatory) => signatory.id));
  // Signatures by someone who is not (or no longer) a signatory of this version still show, so nothing is hidden.
  const others = revision.signatures.filter((signature) => !known.has(signature.signatoryId));
  return (
    <div className="wa-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table wa-signoff-table">
        <caption className="wa-caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">Naam</th>
            <th className="utrecht-table__header-cell" scope="col">Functie</th>
            <th className="utrecht-table__header-cell" scope="col">Verplicht</th>
            <th className="utrecht-table__header-cell" scope="col">Handtekening</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {revision.signatories.length === 0 && others.length === 0 ? (
            <tr className="utrecht-table__row"><td className="utrecht-table__cell" colSpan={4}>{revision.contentIntact ? 'Deze versie heeft geen ondertekenaars.' : 'De ondertekenaars van deze versie zijn niet te vertrouwen: de inhoud is gewijzigd na het vastleggen.'}</td></tr>
          ) : null}
          {revision.signatories.map((signatory) => {
            const signatures = revision.signatures.filter((signature) => signature.signatoryId === signatory.id);
            return (
              <tr className="utrecht-table__row" key={signatory.id}>
                <th className="utrecht-table__cell wa-row-title" scope="row">{signatory.name}</th>
                <td className="utrecht-table__cell">{signatory.function || '–'}{signatory.organisation ? `, ${signatory.organisation}` : ''}</td>
                <td className="utrecht-table__cell">{signatory.required ? 'Verplicht' : 'Niet verplicht'}</td>
                <td className="utrecht-table__cell">
                  {signatures.length === 0 ? 'Nog niet getekend' : signatures.map((signature) => <SignatureState key={signature.id} signature={signature} onConfirmKey={onConfirmKey} />)}
                </td>
              </tr>
            );
          })}
          {others.map((signature) => (
            <tr className="utrecht-table__row" key={signature.id}>
              <th className="utrecht-table__cell wa-row-title" scope="row">{signature.signerName}</th>
              <td className="utrecht-table__cell">{signature.signerFunction || '–'}</td>
              {/* A version whose content was changed after freezing cannot say who its signatories are. */}
              <td className="utrecht-table__cell">{revision.contentIntact ? 'Geen ondertekenaar van deze versie' : 'Onbekend'}</td>
              <td className="utrecht-table__cell"><SignatureState signature={signature} onConfirmKey={onConfirmKey} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
