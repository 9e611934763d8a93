import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { GoodExampleFieldsSchema, type GoodExampleFields } from '../../../shared/domain/examples';
import { Button } from '../components/Button';

interface Props {
  id: string;
  initial: GoodExampleFields;
  onSave: (fields: GoodExampleFields) => Promise<string | null>;
  onCancel: () => void;
}

type FieldName = Exclude<keyof GoodExampleFields, 'consent'>;
const textFields: { name: FieldName; label: string; type: 'text' | 'email' | 'tel'; autoComplete: string }[] = [
  { name: 'organisation', label: 'Organisatie', type: 'text', autoComplete: 'organization' },
  { name: 'contactName', label: 'Contactpersoon', type: 'text', autoComplete: 'off' },
  { name: 'contactEmail', label: 'E-mailadres', type: 'email', autoComplete: 'off' },
  { name: 'contactPhone', label: 'Telefoonnummer', type: 'tel', autoComplete: 'off' },
];

/** What worked and whom to ask; the contact details leave this installation only with the consent box ticked. */
export function GoodExampleForm({ id, initial, onSave, onCancel }: Props) {
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<GoodExampleFields>({
    resolver: zodResolver(GoodExampleFieldsSchema),
    defaultValues: initial,
  });
  const submit = handleSubmit(async (values) => {
    const problem = await onSave(values);
    if (problem) setError('root', { message: problem });
  });
  const fieldId = (name: string) => `${id}-${name}`;
  const errorOf = (name: keyof GoodExampleFields) => errors[name]?.message;
  const described = (name: keyof GoodExampleFields, extra?: string) => ({
    'aria-invalid': errorOf(name) ? true : undefined,
    'aria-describedby': [extra, errorOf(name) ? `${fieldId(name)}-fout` : ''].filter(Boolean).join(' ') || undefined,
  });
  const error = (name: keyof GoodExampleFields) => (errorOf(name)
    ? <p className="utrecht-form-field-error-message" id={`${fieldId(name)}-fout`}>{errorOf(name)}</p> : null);

  return (
    <form className="wa-card wa-new" aria-labelledby={`${id}-kop`} onSubmit={submit} noValidate>
      <h4 className="utrecht-heading-4" id={`${id}-kop`}>Goed voorbeeld</h4>
      <p className="utrecht-paragraph">Andere sectoren vinden dit in de bibliotheek van het dossierhoudersoverleg, als u de werkagenda met een uitwisselbestand deelt.</p>
      <div className="utrecht-form-field utrecht-form-field--textarea">
        <label className="utrecht-form-label" htmlFor={fieldId('whatWorked')}>Wat werkte er, en waarom?</label>
        {error('whatWorked')}
        <textarea id={fieldId('whatWorked')} rows={4} className="utrecht-textarea utrecht-textarea--html-textarea" {...described('whatWorked')} {...register('whatWorked')} />
      </div>
      {textFields.map((field) => (
        <div className="utrecht-form-field" key={field.name}>
          <label className="utrecht-form-label" htmlFor={fieldId(field.name)}>{field.label}</label>
          {error(field.name)}
          <input id={fieldId(field.name)} type={field.type} autoComplete={field.autoComplete} className="utrecht-textbox utrecht-textbox--html-input"
            {...described(field.name)} {...register(field.name)} />
        </div>
      ))}
      <div className="utrecht-form-field utrecht-form-field--checkbox wa-choice">
        <input id={fieldId('consent')} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
          {...described('consent', `${fieldId('consent')}-uitleg`)} {...register('consent')} />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={fieldId('consent')}>
          De contactpersoon geeft toestemming om deze contactgegevens te delen met de andere sectoren
        </label>
        <p className="utrecht-form-field-description" id={`${fieldId('consent')}-uitleg`}>Zonder toestemming blijven de contactgegevens in deze installatie; het voorbeeld zelf wordt wel gedeeld.</p>
      </div>
      {errors.root ? <p className="utrecht-form-field-error-message" role="alert">{errors.root.message}</p> : null}
      <div className="utrecht-button-group">
        <Button appearance="primary" type="submit" disabled={isSubmitting}>Goed voorbeeld opslaan</Button>
        <Button appearance="subtle" onClick={onCancel}>Annuleren</Button>
      </div>
    </form>
  );
}
