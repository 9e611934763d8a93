import { useState } from 'react';
import { SignatoryFieldsSchema } from '../../../shared/domain/agenda';
import { Button } from '../components/Button';
import { describedBy, FormField } from '../components/FormField';
import { focusWhenReady } from '../focus';
import { check } from '../validation';
import { useEditor } from './EditorContext';

/** "Ondertekenaar toevoegen": the name first, the rest in the new entry. */
export function NewSignatoryForm() {
  const { agenda, save } = useEditor();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldId = 'veld-nieuwe-ondertekenaar';

  const submit = async () => {
    const checked = check(SignatoryFieldsSchema.shape.name, name);
    if (!checked.ok) {
      setError(checked.error);
      document.getElementById(fieldId)?.focus();
      return;
    }
    const result = await save('signatory.create', { agendaId: agenda.id, name: checked.value, required: true });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setName('');
    setError(null);
    focusWhenReady(`veld-function-${result.answer.change.signatory.id}`);
  };

  return (
    <form className="wa-add-inline wa-row wa-row--wrap" aria-label="Nieuwe ondertekenaar" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <FormField id={fieldId} label="Naam van de nieuwe ondertekenaar" error={error}>
        <input id={fieldId} type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" value={name}
          {...describedBy(fieldId, null, error)} onChange={(event) => setName(event.target.value)} />
      </FormField>
      <Button appearance="secondary" type="submit">Ondertekenaar toevoegen</Button>
    </form>
  );
}
