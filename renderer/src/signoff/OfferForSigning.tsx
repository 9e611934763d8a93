import { useState } from 'react';
import { PersonNameSchema } from '../../../shared/domain/signoff';
import { Button } from '../components/Button';
import { describedBy, FormField } from '../components/FormField';
import { check } from '../validation';
import { CompletenessWarning } from './CompletenessWarning';
import { Fingerprint } from './Fingerprint';
import { FormDialog } from '../components/FormDialog';
import { noticeId, type Notice } from './SignoffNotice';
import { useSignoffState } from './useSignoff';

const nameId = 'aanbieden-naam';

/** "Ter ondertekening aanbieden": freezes the draft as the next numbered version, after confirming with one's name. */
export function OfferForSigning({ agendaId, onNotice }: { agendaId: string; onNotice: (notice: Notice) => void }) {
  const { overview, run, rememberName } = useSignoffState();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nextNumber = Math.max(0, ...overview.revisions.map((revision) => revision.number)) + 1;
  const sameAs = overview.draftRevisionNumber;

  const start = () => {
    setName(overview.userName);
    setNameError(null);
    setError(null);
    setOpen(true);
  };

  const submit = async () => {
    const checked = check(PersonNameSchema, name);
    if (!checked.ok) {
      setNameError(checked.error);
      document.getElementById(nameId)?.focus();
      return;
    }
    setBusy(true);
    await rememberName(checked.value);
    const result = await run('revision.freeze', { agendaId, by: checked.value });
    setBusy(false);
    if (!result.ok) {
      if (result.field === 'by') {
        setNameError(result.error);
        document.getElementById(nameId)?.focus();
      } else setError(result.error);
      return;
    }
    setOpen(false);
    const frozen = result.value.revisions.find((revision) => revision.number === result.value.draftRevisionNumber);
    onNotice({
      kind: 'ok',
      text: frozen
        ? `Versie ${frozen.number} is ter ondertekening aangeboden. Controlecode: ${frozen.fingerprint}.`
        : 'De werkagenda is ter ondertekening aangeboden.',
    });
  };

  return (
    <div className="wa-signoff-offer">
      <Button appearance="primary" onClick={start} disabled={sameAs !== null} aria-describedby="aanbieden-uitleg">Ter ondertekening aanbieden</Button>
      <p className="utrecht-paragraph wa-signoff-offer__explanation" id="aanbieden-uitleg">
        {sameAs !== null
          ? `Er is niets nieuws om aan te bieden: het concept is gelijk aan versie ${sameAs}. Wijzig eerst iets bij Plan.`
          : `Legt de huidige inhoud vast als versie ${nextNumber}, die de ondertekenaars kunnen lezen en tekenen.`}
      </p>
      <FormDialog
        open={open}
        title="Ter ondertekening aanbieden?"
        submitLabel={`Aanbieden als versie ${nextNumber}`}
        busy={busy}
        focusAfterClose={noticeId}
      firstFieldId={nameId}
        error={error}
        onSubmit={() => void submit()}
        onCancel={() => setOpen(false)}
        description={(
          <>
            <p className="utrecht-paragraph">
              De huidige inhoud van de werkagenda wordt vastgelegd als versie {nextNumber}. Die versie verandert daarna niet meer: de ondertekenaars tekenen precies deze inhoud.
              Wijzigt u later iets bij Plan, dan is dat een nieuw concept dat opnieuw ondertekend moet worden.
            </p>
            <p className="utrecht-paragraph">Controlecode van deze inhoud: <Fingerprint value={overview.draftFingerprint} /></p>
            <CompletenessWarning gaps={overview.completenessGaps} agendaId={agendaId} />
          </>
        )}
      >
        <FormField id={nameId} label="Uw naam" description="Uw naam komt bij de versie en in het logboek." error={nameError}>
          <input id={nameId} type="text" autoComplete="name" className={`utrecht-textbox utrecht-textbox--html-input${nameError ? ' utrecht-textbox--invalid' : ''}`}
            value={name} {...describedBy(nameId, true, nameError)} onChange={(event) => setName(event.target.value)} />
        </FormField>
      </FormDialog>
    </div>
  );
}
