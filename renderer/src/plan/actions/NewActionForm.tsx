import { zodResolver } from '@hookform/resolvers/zod';
import { useDeferredValue, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ActionFieldsSchema, type Actor, type Nature } from '../../../../shared/domain/agenda';
import { actorLabels, natureLabels } from '../../../../shared/labels';
import type { Recommendation } from '../../../../shared/recommendations';
import { suggestActionTypes } from '../../../../shared/suggestActionTypes';
import { TypeSuggestions } from '../../components/TypeSuggestions';
import { useReference } from '../../api/ReferenceContext';
import { Button } from '../../components/Button';
import { describedBy, FormField } from '../../components/FormField';
import { focusWhenReady } from '../../focus';
import { useEditor } from '../EditorContext';
import { ChoiceFieldset } from './ChoiceFieldset';
import { RecommendedActivityPicker } from './RecommendedActivityPicker';

// Who carries it out and its nature are chosen, never defaulted: a default made bottom-up agendas look top-down.
const FormSchema = z.object({
  title: ActionFieldsSchema.shape.title,
  primaryTypeId: ActionFieldsSchema.shape.primaryTypeId,
  actor: ActionFieldsSchema.shape.actor,
  nature: ActionFieldsSchema.shape.nature,
});
type Values = z.infer<typeof FormSchema>;
const empty = { title: '', primaryTypeId: 0 };

/** "Nieuwe actie": optionally from a recommended activity; the new action then opens with its title field focused. */
export function NewActionForm() {
  const { agenda, save, setActionOpen } = useEditor();
  const { actionTypes } = useReference();
  const [serverError, setServerError] = useState<string | null>(null);
  const [recommendation, setRecommendation] = useState<Recommendation | null>(null);
  const [takenTargets, setTakenTargets] = useState<ReadonlySet<number>>(new Set());
  const { register, handleSubmit, reset, setValue, getValues, watch, formState: { errors, isSubmitting } } = useForm<Values>({
    resolver: zodResolver(FormSchema),
    defaultValues: empty,
  });

  // Live, as the title is typed: a suggestion only; the type changes when the user takes it.
  const title = useDeferredValue(watch('title'));
  const suggestions = useMemo(() => (title.trim().length >= 3 ? suggestActionTypes(title) : []), [title]);
  const chosenType = watch('primaryTypeId');

  const choose = (chosen: Recommendation | null) => {
    const previous = recommendation;
    setRecommendation(chosen);
    setTakenTargets(new Set());
    if (!chosen) return;
    // Fill in what the user has not written yet (or what an earlier choice wrote), never over their own words.
    if (getValues('title').trim() === '' || getValues('title') === previous?.actionTitle) setValue('title', chosen.actionTitle);
    setValue('primaryTypeId', chosen.typeId, { shouldValidate: true });
  };

  const submit = handleSubmit(async (values) => {
    const targets = recommendation ? recommendation.examples.filter((_, index) => takenTargets.has(index)) : [];
    const result = await save('action.create', {
      agendaId: agenda.id, title: values.title, primaryTypeId: values.primaryTypeId, actor: values.actor, nature: values.nature,
      ...(targets.length > 0 ? { targets: targets.map((target) => ({ ...target, baseline: 0, deadline: target.perYear ? null : `${agenda.endYear}-12-31` })) } : {}),
    });
    if (!result.ok) {
      setServerError(result.error);
      return;
    }
    setServerError(null);
    reset(empty);
    setRecommendation(null);
    setTakenTargets(new Set());
    const created = result.answer.change.action;
    setActionOpen(created.id, true);
    focusWhenReady(`veld-title-${created.id}`);
  });

  return (
    <form className="wa-card wa-add-form" aria-labelledby="kop-nieuwe-actie" noValidate onSubmit={submit}>
      <h3 className="utrecht-heading-3" id="kop-nieuwe-actie">Nieuwe actie</h3>
      <RecommendedActivityPicker chosen={recommendation} onChoose={choose} takenTargets={takenTargets}
        onToggleTarget={(index, taken) => setTakenTargets((current) => {
          const next = new Set(current);
          if (taken) next.add(index); else next.delete(index);
          return next;
        })} />
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
      {suggestions.length > 0 ? (
        <TypeSuggestions id="veld-nieuwe-actie-voorstel" suggestions={suggestions} chosen={Number(chosenType)}
          onTake={(typeId) => setValue('primaryTypeId', typeId, { shouldValidate: true })} />
      ) : null}
      <ChoiceFieldset id="veld-nieuwe-actie-actor" legend="Wie voert de actie uit?" error={errors.actor?.message}
        options={(Object.keys(actorLabels) as Actor[]).map((value) => ({ value, label: actorLabels[value] }))} register={register('actor')} />
      <ChoiceFieldset id="veld-nieuwe-actie-aard" legend="Is de actie nieuw?" error={errors.nature?.message}
        options={(Object.keys(natureLabels) as Nature[]).map((value) => ({ value, label: natureLabels[value] }))} register={register('nature')} />
      {serverError ? <div className="utrecht-alert utrecht-alert--error" role="alert"><p className="utrecht-paragraph">{serverError}</p></div> : null}
      <Button appearance="primary" type="submit" disabled={isSubmitting}>Actie toevoegen</Button>
    </form>
  );
}
