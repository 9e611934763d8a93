import { useState } from 'react';
import { ConfirmKeyInputSchema } from '../../../shared/domain/keys';
import type { SignatureView } from '../../../shared/domain/signoff';
import { describedBy, FormField } from '../components/FormField';
import { FormDialog } from '../components/FormDialog';
import { check } from '../validation';
import { Fingerprint } from './Fingerprint';
import { noticeId, type Notice } from './SignoffNotice';
import { useSignoffState } from './useSignoff';

const fieldId = 'sleutel-bevestigen-vingerafdruk';

interface Props {
  agendaId: string;
  signature: SignatureView | null;
  onClose: () => void;
  onNotice: (notice: Notice) => void;
}

/**
 * "Sleutel bevestigen": the signer reads out their key's fingerprint (by phone or in
 * a meeting) and the person here types it. Only when the two match is the key pinned
 * to the signatory, so a key in a file that merely carries someone's name is never trusted.
 */
export function ConfirmKeyDialog({ agendaId, signature, onClose, onNotice }: Props) {
  const { overview, run } = useSignoffState();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<{ field?: string | null; other?: string | null }>({});
  const [busy, setBusy] = useState(false);
  const [openFor, setOpenFor] = useState<string | null>(null);
  if (signature && openFor !== signature.id) {
    setOpenFor(signature.id);
    setTyped('');
    setError({});
  }
  if (!signature && openFor !== null) setOpenFor(null);

  const submit = async () => {
    if (!signature) return;
    const read = check(ConfirmKeyInputSchema.shape.readFingerprint, typed);
    if (!read.ok) {
      setError({ field: read.error });
      document.getElementById(fieldId)?.focus();
      return;
    }
    setBusy(true);
    const result = await run('key.confirm', { agendaId, signatureId: signature.id, readFingerprint: read.value, by: overview.userName });
    setBusy(false);
    if (!result.ok) {
      if (result.field === 'readFingerprint') {
        setError({ field: result.error });
        document.getElementById(fieldId)?.focus();
      } else setError({ other: result.error });
      return;
    }
    onClose();
    onNotice({ kind: 'ok', text: `De sleutel van ${signature.signerName} is bevestigd voor deze installatie.` });
  };

  return (
    <FormDialog
      open={signature !== null}
      title={signature ? `Sleutel van ${signature.signerName} bevestigen` : 'Sleutel bevestigen'}
      submitLabel="Sleutel bevestigen"
      busy={busy}
      focusAfterClose={noticeId}
      firstFieldId={fieldId}
      error={error.other}
      onSubmit={() => void submit()}
      onCancel={onClose}
      description={signature ? (
        <>
          <p className="utrecht-paragraph">
            Vraag {signature.signerName} de controlecode van de eigen sleutel voor te lezen, bij voorkeur door te bellen op een nummer dat u al kent
            of in een vergadering; niet via het bestand of een mail die met het bestand meekwam. Deze handtekening gebruikt de sleutel met
            controlecode <Fingerprint value={signature.keyFingerprint} />.
          </p>
          {signature.keyState === 'andere_sleutel' ? (
            <div className="utrecht-alert utrecht-alert--warning"><p className="utrecht-paragraph">
              <strong>Let op: andere sleutel dan eerder bevestigd.</strong> Voor {signature.signerName} is hier al een andere sleutel bevestigd.
              Bevestig deze alleen als {signature.signerName} zelf zegt een nieuwe sleutel te hebben (bijvoorbeeld na een vergeten wachtwoordzin).
            </p></div>
          ) : null}
        </>
      ) : null}
    >
      <FormField id={fieldId} label="Controlecode zoals de ondertekenaar die voorleest" description="Vier groepen van vijf cijfers; spaties mogen." error={error.field}>
        <input id={fieldId} type="text" inputMode="numeric" autoComplete="off"
          className={`utrecht-textbox utrecht-textbox--html-input${error.field ? ' utrecht-textbox--invalid' : ''}`}
          value={typed} {...describedBy(fieldId, true, error.field)} onChange={(event) => setTyped(event.target.value)} />
      </FormField>
    </FormDialog>
  );
}
