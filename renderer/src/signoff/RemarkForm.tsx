import { useState } from 'react';
import { NewRemarkSchema, type RemarkTarget } from '../../../shared/domain/signoff';
import { Button } from '../components/Button';
import { describedBy, FormField } from '../components/FormField';
import { focusWhenReady } from '../focus';
import { check } from '../validation';
import { remarkId } from './RemarkItem';
import { targetChoices, targetFromKey, targetKey } from './remarkTargets';
import { useSignoffState } from './useSignoff';

type Field = 'author' | 'target' | 'text';

interface Props {
  /** Unique per form on the page (ids of the fields). */
  formId: string;
  agendaId: string;
  /** The version the reviewer read; null for the draft. */
  revisionNumber: number | null;
  actions: readonly { id: string; title: string }[];
  initialTarget?: RemarkTarget;
  /** Shown on the form: "Opmerking plaatsen" or "Opmerking bij Inleiding". */
  title: string;
  headingLevel?: 3 | 4;
  onCancel?: () => void;
  onPlaced?: () => void;
}

/** "Opmerking plaatsen": your name, what it is about, the text. A remark never changes the content. */
export function RemarkForm({ formId, agendaId, revisionNumber, actions, initialTarget, title, headingLevel = 3, onCancel, onPlaced }: Props) {
  const { overview, run, rememberName } = useSignoffState();
  const [author, setAuthor] = useState(overview.userName);
  const [target, setTarget] = useState(initialTarget ? targetKey(initialTarget) : '');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string | null>>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (field: Field) => `${formId}-${field}`;
  const choices = targetChoices(actions);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  const submit = async () => {
    const checkedAuthor = check(NewRemarkSchema.shape.author, author);
    const checkedTarget = targetFromKey(target);
    const checkedText = check(NewRemarkSchema.shape.text, text);
    const found = {
      author: checkedAuthor.ok ? null : checkedAuthor.error,
      target: checkedTarget ? null : 'Kies waar de opmerking over gaat.',
      text: checkedText.ok ? null : checkedText.error,
    };
    setErrors(found);
    setMessage('');
    const invalid = (['author', 'target', 'text'] as const).find((field) => found[field]);
    if (invalid || !checkedAuthor.ok || !checkedTarget || !checkedText.ok) {
      if (invalid) document.getElementById(id(invalid))?.focus();
      return;
    }
    setBusy(true);
    // Several reviewers may use one installation: the name is only remembered when none was known yet.
    if (overview.userName === '') await rememberName(checkedAuthor.value);
    const before = new Set(overview.remarks.map((remark) => remark.id));
    const result = await run('remark.create', { agendaId, revisionNumber, target: checkedTarget, author: checkedAuthor.value, text: checkedText.value });
    setBusy(false);
    if (!result.ok) {
      const field = (['author', 'target', 'text'] as const).find((key) => key === result.field);
      setErrors(field ? { [field]: result.error } : {});
      if (!field) setMessage(`Niet geplaatst: ${result.error}`);
      document.getElementById(id(field ?? 'text'))?.focus();
      return;
    }
    setText('');
    setMessage('Opmerking geplaatst.');
    onPlaced?.();
    const created = result.value.remarks.find((remark) => !before.has(remark.id));
    if (created) focusWhenReady(remarkId(created));
  };

  return (
    <form className="wa-card wa-add-form wa-signoff-remark-form" aria-labelledby={`${formId}-kop`} noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <Heading className={`utrecht-heading-${headingLevel}`} id={`${formId}-kop`}>{title}</Heading>
      <p className="utrecht-paragraph wa-muted">
        {revisionNumber === null ? 'Uw opmerking gaat over het concept.' : `Uw opmerking gaat over versie ${revisionNumber}.`} Een opmerking verandert de inhoud niet.
      </p>
      <div className="wa-row wa-row--wrap">
        <FormField id={id('author')} label="Uw naam" error={errors.author}>
          <input id={id('author')} type="text" autoComplete="name" className={`utrecht-textbox utrecht-textbox--html-input${errors.author ? ' utrecht-textbox--invalid' : ''}`}
            value={author} {...describedBy(id('author'), null, errors.author)} onChange={(event) => setAuthor(event.target.value)} />
        </FormField>
        <FormField id={id('target')} label="Waarover gaat uw opmerking?" error={errors.target} kind="select">
          <select id={id('target')} className="utrecht-select utrecht-select--html-select" value={target} {...describedBy(id('target'), null, errors.target)}
            onChange={(event) => setTarget(event.target.value)}>
            <option value="">Kies een onderdeel of actie</option>
            <optgroup label="Onderdelen">
              {choices.sections.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
            </optgroup>
            {choices.actions.length > 0 ? (
              <optgroup label="Acties">
                {choices.actions.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
              </optgroup>
            ) : null}
          </select>
        </FormField>
      </div>
      <FormField id={id('text')} label="Opmerking" error={errors.text} kind="textarea">
        <textarea id={id('text')} rows={4} className={`utrecht-textarea utrecht-textarea--html-textarea${errors.text ? ' utrecht-textarea--invalid' : ''}`}
          value={text} {...describedBy(id('text'), null, errors.text)} onChange={(event) => setText(event.target.value)} />
      </FormField>
      <div className="wa-row wa-row--wrap wa-signoff-remark-form__actions">
        <Button appearance="primary" type="submit" disabled={busy}>Opmerking plaatsen</Button>
        {onCancel ? <Button appearance="secondary" onClick={onCancel}>Annuleren</Button> : null}
        <p role="status" className="utrecht-paragraph wa-signoff-remark-form__status">{message}</p>
      </div>
    </form>
  );
}
