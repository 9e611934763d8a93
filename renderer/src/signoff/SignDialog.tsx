import { useState } from 'react';
import { NewPassphraseSchema, PASSPHRASE_MIN_LENGTH, PassphraseSchema, type LocalKey } from '../../../shared/domain/keys';
import type { RevisionSummary } from '../../../shared/domain/signoff';
import { Button } from '../components/Button';
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

const passId = 'ondertekenen-wachtwoordzin';
const repeatId = 'ondertekenen-herhaal';
const whoId = 'ondertekenen-wie';

/** What the signer is asked for: their passphrase, or a new one (first signature, a key from before passphrases, forgotten). */
type Mode = 'invullen' | 'kiezen' | 'beveiligen' | 'vergeten';

function modeOf(key: LocalKey | undefined, forgotten: boolean): Mode {
  if (!key || key.protection === 'geen_sleutel') return 'kiezen';
  if (key.protection === 'zonder_wachtwoordzin') return 'beveiligen';
  return forgotten ? 'vergeten' : 'invullen';
}

function ModeExplanation({ mode, keyInfo }: { mode: Mode; keyInfo: LocalKey | undefined }) {
  if (mode === 'kiezen') {
    return (
      <p className="utrecht-paragraph">
        Dit is uw eerste handtekening in deze installatie. Er wordt een persoonlijke sleutel voor u gemaakt, beveiligd met een wachtwoordzin
        die u nu kiest (ten minste {PASSPHRASE_MIN_LENGTH} tekens, bijvoorbeeld een zin van een paar woorden). De wachtwoordzin wordt nergens bewaard: onthoud hem goed.
      </p>
    );
  }
  if (mode === 'beveiligen') {
    return (
      <div className="utrecht-alert utrecht-alert--warning"><p className="utrecht-paragraph">
        <strong>Sleutel zonder wachtwoordzin.</strong> Uw sleutel (controlecode {keyInfo?.fingerprint ? <Fingerprint value={keyInfo.fingerprint} /> : '–'}) is gemaakt
        voordat er wachtwoordzinnen waren. Kies nu een wachtwoordzin: daarmee wordt deze sleutel versleuteld en kan niemand meer zonder wachtwoordzin met uw sleutel tekenen.
      </p></div>
    );
  }
  if (mode === 'vergeten') {
    return (
      <div className="utrecht-alert utrecht-alert--warning"><p className="utrecht-paragraph">
        <strong>Nieuwe sleutel.</strong> Zonder uw wachtwoordzin kan uw oude sleutel niet meer tekenen. Er wordt een nieuwe sleutel gemaakt met de wachtwoordzin
        die u nu kiest. Uw eerdere handtekeningen blijven geldig. Wie uw oude sleutel had bevestigd, ziet deze handtekening als een andere sleutel:
        lees hun de nieuwe controlecode voor.
      </p></div>
    );
  }
  return null;
}

interface Props {
  agendaId: string;
  revision: RevisionSummary | null;
  onClose: () => void;
  onNotice: (notice: Notice) => void;
}

/** "Versie N ondertekenen": the signer picks themself, sees the fingerprint and unlocks their personal key with their passphrase. */
export function SignDialog({ agendaId, revision, onClose, onNotice }: Props) {
  const { overview, run, rememberName } = useSignoffState();
  const candidates = revision ? unsignedSignatories(revision) : [];
  const [signatoryId, setSignatoryId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [forgotten, setForgotten] = useState(false);
  const [errors, setErrors] = useState<{ who?: string | null; passphrase?: string | null; repeat?: string | null; other?: string | null }>({});
  const [busy, setBusy] = useState(false);
  const [openFor, setOpenFor] = useState<string | null>(null);

  // A fresh form each time the dialog opens for a version (one candidate is chosen already).
  if (revision && openFor !== revision.id) {
    setOpenFor(revision.id);
    setSignatoryId(candidates.length === 1 ? candidates[0]!.id : '');
    setPassphrase('');
    setRepeat('');
    setForgotten(false);
    setErrors({});
  }
  if (!revision && openFor !== null) setOpenFor(null);

  const keyInfo = overview.localKeys.find((key) => key.signatoryId === signatoryId);
  const mode = modeOf(keyInfo, forgotten);
  const choosing = mode !== 'invullen';
  const firstField = candidates.length === 1 ? passId : `${whoId}-${candidates[0]?.id ?? ''}`;

  const submit = async () => {
    if (!revision) return;
    const who = candidates.some((candidate) => candidate.id === signatoryId) ? null : 'Kies wie er ondertekent.';
    const entered = check(choosing ? NewPassphraseSchema : PassphraseSchema, passphrase);
    const repeated = choosing && entered.ok && repeat !== passphrase ? 'De twee wachtwoordzinnen zijn niet gelijk. Typ dezelfde wachtwoordzin nog een keer.' : null;
    setErrors({ who, passphrase: entered.ok ? null : entered.error, repeat: repeated });
    if (who || !entered.ok || repeated) {
      document.getElementById(who ? firstField : !entered.ok ? passId : repeatId)?.focus();
      return;
    }
    setBusy(true);
    const result = await run('signature.sign', {
      agendaId, revisionNumber: revision.number, signatoryId, passphrase,
      ...(choosing ? { repeatPassphrase: repeat } : {}), ...(mode === 'vergeten' ? { replaceKey: true } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      if (result.field === 'signatoryId') {
        setErrors({ who: result.error });
        document.getElementById(firstField)?.focus();
      } else if (result.field === 'passphrase' || result.field === 'repeatPassphrase') {
        const field = result.field === 'passphrase' ? 'passphrase' : 'repeat';
        setErrors({ [field]: result.error });
        document.getElementById(field === 'passphrase' ? passId : repeatId)?.focus();
      } else setErrors({ other: result.error });
      return;
    }
    setPassphrase('');
    setRepeat('');
    const signer = candidates.find((candidate) => candidate.id === signatoryId);
    // On a board member's own installation the signer is who uses it: remember the name if none was known.
    if (overview.userName === '' && signer) await rememberName(signer.name);
    const now = result.value.revisions.find((item) => item.number === revision.number);
    const key = result.value.localKeys.find((item) => item.signatoryId === signatoryId);
    onClose();
    onNotice({
      kind: 'ok',
      text: `Versie ${revision.number} is ondertekend door ${signer?.name ?? 'de ondertekenaar'}.${now?.vastgesteld ? ' De werkagenda is nu vastgesteld.' : ''}`
        + (key?.fingerprint ? ` De controlecode van uw sleutel is ${key.fingerprint}. Noem die code aan wie uw handtekening ontvangt, bijvoorbeeld aan de telefoon. Dan kunnen zij uw sleutel bevestigen.` : ''),
    });
  };

  return (
    <FormDialog
      open={revision !== null}
      title={revision ? `Versie ${revision.number} ondertekenen` : 'Ondertekenen'}
      submitLabel={mode === 'vergeten' ? 'Nieuwe sleutel maken en ondertekenen' : 'Ondertekenen'}
      busy={busy}
      focusAfterClose={noticeId}
      firstFieldId={firstField}
      error={errors.other}
      onSubmit={() => void submit()}
      onCancel={onClose}
      description={revision ? (
        <p className="utrecht-paragraph">
          U ondertekent precies de inhoud van versie {revision.number}, met controlecode <Fingerprint value={revision.fingerprint} />.
          Staat dezelfde controlecode op de versie die u hebt gelezen, dan tekent u wat u hebt gelezen.
        </p>
      ) : null}
    >
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset" aria-describedby={errors.who ? `${whoId}-fout` : undefined}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Wie bent u?</legend>
        {candidates.map((candidate) => (
          <div className="utrecht-form-field utrecht-form-field--radio wa-choice" key={candidate.id}>
            <input id={`${whoId}-${candidate.id}`} type="radio" name={whoId} checked={signatoryId === candidate.id}
              className="utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom"
              onChange={() => { setSignatoryId(candidate.id); setForgotten(false); setErrors({}); }} />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${whoId}-${candidate.id}`}>
              {candidate.name}{candidate.function ? `, ${candidate.function}` : ''}{candidate.organisation ? ` (${candidate.organisation})` : ''}{candidate.required ? '' : ' — optioneel'}
            </label>
          </div>
        ))}
        {errors.who ? <div className="utrecht-form-field-error-message" id={`${whoId}-fout`}>{errors.who}</div> : null}
      </fieldset>
      {signatoryId ? <ModeExplanation mode={mode} keyInfo={keyInfo} /> : null}
      <FormField id={passId} label={choosing ? 'Kies een wachtwoordzin' : 'Uw wachtwoordzin'}
        description={choosing ? `Ten minste ${PASSPHRASE_MIN_LENGTH} tekens.` : 'De wachtwoordzin die u koos bij uw eerste handtekening in deze installatie.'} error={errors.passphrase}>
        <input id={passId} type="password" autoComplete={choosing ? 'new-password' : 'current-password'}
          className={`utrecht-textbox utrecht-textbox--html-input${errors.passphrase ? ' utrecht-textbox--invalid' : ''}`}
          value={passphrase} {...describedBy(passId, true, errors.passphrase)} onChange={(event) => setPassphrase(event.target.value)} />
      </FormField>
      {choosing ? (
        <FormField id={repeatId} label="Herhaal de wachtwoordzin" error={errors.repeat}>
          <input id={repeatId} type="password" autoComplete="new-password"
            className={`utrecht-textbox utrecht-textbox--html-input${errors.repeat ? ' utrecht-textbox--invalid' : ''}`}
            value={repeat} {...describedBy(repeatId, false, errors.repeat)} onChange={(event) => setRepeat(event.target.value)} />
        </FormField>
      ) : null}
      {mode === 'invullen' && signatoryId ? (
        <p className="utrecht-paragraph">
          <Button appearance="subtle" onClick={() => { setForgotten(true); setPassphrase(''); setRepeat(''); setErrors({}); }}>Wachtwoordzin vergeten?</Button>
        </p>
      ) : null}
      {mode === 'vergeten' ? (
        <p className="utrecht-paragraph"><Button appearance="subtle" onClick={() => setForgotten(false)}>Toch mijn wachtwoordzin invullen</Button></p>
      ) : null}
    </FormDialog>
  );
}
