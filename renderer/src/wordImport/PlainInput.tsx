import { describedBy, FormField } from '../components/FormField';

interface Props { id: string; label: string; value: string; onChange: (value: string) => void; multiline?: boolean; short?: boolean; description?: string }

/** A field of the review: held on this screen only until the concept is made. */
export function PlainInput({ id, label, value, onChange, multiline = false, short = false, description }: Props) {
  return (
    <FormField id={id} label={label} description={description} kind={multiline ? 'textarea' : 'text'}>
      {multiline ? (
        <textarea id={id} className="utrecht-textarea utrecht-textarea--html-textarea" rows={4} value={value}
          {...describedBy(id, description, null)} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input id={id} type="text" autoComplete="off" className={`utrecht-textbox utrecht-textbox--html-input${short ? ' wa-input--short' : ''}`} value={value}
          {...describedBy(id, description, null)} onChange={(event) => onChange(event.target.value)} />
      )}
    </FormField>
  );
}
