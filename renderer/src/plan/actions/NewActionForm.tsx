import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ActionFieldsSchema } from '../../../../shared/domain/agenda';
import { useReference } from '../../api/ReferenceContext';
import { Button } from '../../components/Button';
import { describedBy, FormField } from '../../components/FormField';
import { focusWhenReady } from '../../focus';
import { useEditor } from '../EditorContext';

const FormSchema = z.object({ title: ActionFieldsSchema.shape.title, primaryTypeId: ActionFieldsSchema.shape.primaryTypeId });
type Values = { title: string; primaryTypeId: number };

/** "Actie toevoegen": title and action type; the new action then opens with its title field focused. */
export function NewActionForm() {
  const { agenda, save, setActionOpen } = useEditor();
  const { actionTypes } = useReference();
  const [serverError, setServerError] = useState<string | null>(null);
  const { register, handleSubmit, reset, formState: { errors, isSubmitting } } = useForm<Values>({
    resolver: zodResolver(FormSchema),
    defaultValues: { title: '', primaryTypeId: 0 },
  });

  const submit = handleSubmit(async (values) => {
    const before = new Set(agenda.actions.map((action) => action.id));
    const result = await save('action.create', { agendaId: agenda.id, ...values });
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    setServerError(null);
    reset();
    const created = result.agenda.actions.find((action) => !before.has(action.id));
    if (created) {
      setActionOpen(created.id, true);
      focusWhenReady(`veld-title-${created.id}`);
    }
  });

  return (
    <form className="wa-card wa-add-form" aria-labelledby="kop-nieuwe-actie" noValidate onSubmit={submit}>
      <h3 className="utrecht-heading-3" id="kop-nieuwe-actie">Nieuwe actie</h3>
      <FormField id="veld-nieuwe-actie" label="Titel van de nieuwe actie" error={errors.title?.message}>
        <input id="veld-nieuwe-actie" type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input"
          {...describedBy('veld-nieuwe-actie', null, errors.title?.message)} {...register('title')} />
      </FormField>
      <FormField id="veld-nieuwe-actie-type" label="Actietype van de nieuwe actie" error={errors.primaryTypeId?.message} kind="select">
        <select id="veld-nieuwe-actie-type" className="utrecht-select utrecht-select--html-select"
          {...describedBy('veld-nieuwe-actie-type', null, errors.primaryTypeId?.message)} {...register('primaryTypeId', { valueAsNumber: true })}>
          <option value="0">Kies een actietype</option>
          {actionTypes.map((type) => <option key={type.id} value={type.id}>{`${type.id}. ${type.name}`}</option>)}
        </select>
      </FormField>
      {serverError ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{serverError}</p></div> : null}
      <Button appearance="primary" type="submit" disabled={isSubmitting}>Actie toevoegen</Button>
    </form>
  );
}
