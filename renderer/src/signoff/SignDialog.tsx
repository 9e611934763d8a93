import { useState } from 'react';
import type { RevisionSummary } from '../../../shared/domain/signoff';
import { SignInputSchema } from '../../../shared/domain/signoff';
import { describedBy, FormField } from '../components/FormField';
import { check } from '../validation';
import { Fingerprint } from './Fingerprint';
import { FormDialog } from '../components/FormDialog';
import { noticeId, type Notice } from './SignoffNotice';
import { useSignoffState } from './useSignoff';

/** The signatories of a version who have no valid signature on it yet. */
export function unsignedSignatories(revision: RevisionSummary) {
  return revision.signatories.filter((signatory) => !revision.signatures.some((signature) => signature.signatoryId === signatory.id && signature.valid));
}

const nameId = 'ondertekenen-naam';
const whoId = 'ondertekenen-wie';

interface Props {
  agendaId: string;
  revision: RevisionSummary | null;
  onClose: () => void;
  onNotice: (notice: Notice) => void;
}

/** "Versie N ondertekenen": the signer picks themself, sees the fingerprint and types their name to confirm. */
export function SignDialog({ agendaId, revision, onClose, onNotice }: Props) {
  const { overview, run, rememberName } = useSignoffState();
  const candidates = revision ? unsignedSignatories(revision) : [];
  const [signatoryId, setSignatoryId] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ who?: string | null; name?: string | null; other?: string | null }>({});
  const [busy, setBusy] = useState(false);
  const [openFor, setOpenFor] = useState<string | null>(null);

  // A fresh form each time the dialog opens for a version (one candidate is chosen already).
  if (revision && openFor !== revision.id) {
    setOpenFor(revision.id);
    setSignatoryId(candidates.length === 1 ? candidates[0]!.id : '');
    setName('');
    setErrors({});
  }
  if (!revision && openFor !== null) setOpenFor(null);

  const firstField = candidates.length === 1 ? nameId : `${whoId}-${candidates[0]?.id ?? ''}`;

  const submit = async () => {
    if (!revision) return;
    const who = candidates.some((candidate) => candidate.id === signatoryId) ? null : 'Kies wie er ondertekent.';
    const confirm = check(SignInputSchema.shape.confirmName, name);
    setErrors({ who, name: confirm.ok ? null : confirm.error });
    if (who || !confirm.ok) {
      document.getElementById(who ? firstField : nameId)?.focus();
      return;
    }
    setBusy(true);
    const result = await run('signature.sign', { agendaId, revisionNumber: revision.number, signatoryId, confirmName: confirm.value });
    setBusy(false);
    if (!result.ok) {
      if (result.field === 'signatoryId') {
        setErrors({ who: result.error });
        document.getElementById(firstField)?.focus();
      } else if (result.field === 'confirmName') {
        setErrors({ name: result.error });
        document.getElementById(nameId)?.focus();
      } else setErrors({ other: result.error });
      return;
    }
    const signer = candidates.find((candidate) => candidate.id === signatoryId);
    // On a board member's own installation the signer is who uses it: remember the name if none was known.
    if (overview.userName === '' && signer) await rememberName(signer.name);
    const now = result.value.revisions.find((item) => item.number === revision.number);
    onClose();
    onNotice({
      kind: 'ok',
      text: `Versie ${revision.number} is ondertekend door ${signer?.name ?? confirm.value}.${now?.vastgesteld ? ' De werkagenda is nu vastgesteld.' : ''}`,
    });
  };

  return (
    <FormDialog
      open={revision !== null}
      title={revision ? `Versie ${revision.number} ondertekenen` : 'Ondertekenen'}
      submitLabel="Ondertekenen"
      busy={busy}
      focusAfterClose={noticeId}
      firstFieldId={firstField}
      error={errors.other}
      onSubmit={() => void submit()}
      onCancel={onClose}
      description={revision ? (
        <p className="utrecht-paragraph">
          U ondertekent precies de inhoud van versie {revision.number}, met vingerafdruk <Fingerprint value={revision.fingerprint} />.
          Staat dezelfde vingerafdruk op de versie die u hebt gelezen, dan tekent u wat u hebt gelezen.
        </p>
      ) : null}
    >
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset" aria-describedby={errors.who ? `${whoId}-fout` : undefined}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Wie bent u?</legend>
        {candidates.map((candidate) => (
          <div className="utrecht-form-field utrecht-form-field--radio wa-choice" key={candidate.id}>
            <input id={`${whoId}-${candidate.id}`} type="radio" name={whoId} checked={signatoryId === candidate.id}
              className="utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom"
              onChange={() => setSignatoryId(candidate.id)} />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${whoId}-${candidate.id}`}>
              {candidate.name}{candidate.function ? `, ${candidate.function}` : ''}{candidate.organisation ? ` (${candidate.organisation})` : ''}{candidate.required ? '' : ' — optioneel'}
            </label>
          </div>
        ))}
        {errors.who ? <div className="utrecht-form-field-error-message" id={`${whoId}-fout`}>{errors.who}</div> : null}
      </fieldset>
      <FormField id={nameId} label="Typ uw naam ter bevestiging" description="Uw naam zoals die hierboven staat." error={errors.name}>
        <input id={nameId} type="text" autoComplete="off" className={`utrecht-textbox utrecht-textbox--html-input${errors.name ? ' utrecht-textbox--invalid' : ''}`}
          value={name} {...describedBy(nameId, true, errors.name)} onChange={(event) => setName(event.target.value)} />
      </FormField>
    </FormDialog>
  );
}
