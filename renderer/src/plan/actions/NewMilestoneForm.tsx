import { useState } from 'react';
import { NewMilestoneSchema } from '../../../../shared/domain/agenda';
import { Button } from '../../components/Button';
import { describedBy, FormField } from '../../components/FormField';
import { parseMonthInput } from '../../../../shared/dutchDates';
import { check } from '../../validation';
import { useEditorActions } from '../EditorContext';

/** "Mijlpaal toevoegen": a title and optionally a month. */
export function NewMilestoneForm({ actionId }: { actionId: string }) {
  const { save } = useEditorActions();
  const [title, setTitle] = useState('');
  const [month, setMonth] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldId = `veld-nieuwe-mijlpaal-${actionId}`;
  const monthId = `veld-nieuwe-mijlpaal-maand-${actionId}`;

  const submit = async () => {
    const parsedMonth = parseMonthInput(month);
    if (parsedMonth === undefined) {
      setError('Vul een maand in, bijvoorbeeld maart 2025.');
      return;
    }
    const checked = check(NewMilestoneSchema, { actionId, title, month: parsedMonth });
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    const result = await save('milestone.create', checked.value);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setTitle('');
    setMonth('');
    setError(null);
    document.getElementById(fieldId)?.focus();
  };

  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset wa-add-inline-group">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Nieuwe mijlpaal</legend>
      <div className="wa-add-inline">
      <FormField id={fieldId} label="Omschrijving" error={error}>
        <input id={fieldId} type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" value={title}
          {...describedBy(fieldId, null, error)} onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); void submit(); } }} />
      </FormField>
      <FormField id={monthId} label="Maand" description="Bijvoorbeeld april 2025.">
        <input id={monthId} type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input wa-input--short" value={month}
          aria-describedby={`${monthId}-uitleg`} onChange={(event) => setMonth(event.target.value)} />
      </FormField>
      <Button appearance="secondary" onClick={() => void submit()}>Mijlpaal toevoegen</Button>
      </div>
    </fieldset>
  );
}
