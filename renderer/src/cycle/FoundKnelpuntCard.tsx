import type { ApiInput } from '../../../shared/api';
import { FoundKnelpuntFieldsSchema, type FoundKnelpunt } from '../../../shared/domain/cycle';
import { useReference } from '../api/ReferenceContext';
import { Button } from '../components/Button';
import { CheckboxField } from '../components/CheckboxField';
import { SelectField } from '../components/SelectField';
import { TextArea } from '../components/TextArea';
import { TextField } from '../components/TextField';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { useEvaluationEditor } from './useEvaluation';

/** One knelpunt found during the cycle: its text, its category, and the actions and targets it came from. */
export function FoundKnelpuntCard({ knelpunt, onDelete }: { knelpunt: FoundKnelpunt; onDelete: () => void }) {
  const { evaluation, save, saveField } = useEvaluationEditor();
  const options = useReference().catalogue.filter((item) => item.kind === 'knelpunt');
  const chosen = options.find((item) => item.id === knelpunt.catalogueId);
  const id = knelpunt.id;
  const update = (patch: ApiInput<'foundKnelpunt.update'>['patch']) => saveField('foundKnelpunt.update', { id, patch });
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list.filter((other) => other !== value), value] : list.filter((other) => other !== value));
  const actionTitle = new Map(evaluation.actions.map((action) => [action.id, action.title]));

  return (
    <article className="wa-card wa-item" id={`gevonden-${id}`} tabIndex={-1} aria-labelledby={`kop-gevonden-${id}`}>
      <h3 className="utrecht-heading-3" id={`kop-gevonden-${id}`}>{knelpunt.title}</h3>
      <TextField id={`veld-gevonden-titel-${id}`} label="Titel" value={knelpunt.title} schema={FoundKnelpuntFieldsSchema.shape.title} onSave={(title) => update({ title })} />
      <TextArea id={`veld-gevonden-beschrijving-${id}`} label="Beschrijving" rows={3} value={knelpunt.description} schema={FoundKnelpuntFieldsSchema.shape.description} onSave={(description) => update({ description })} />
      <TextArea id={`veld-gevonden-oorzaak-${id}`} label="Oorzaak" rows={3} value={knelpunt.cause} schema={FoundKnelpuntFieldsSchema.shape.cause} onSave={(cause) => update({ cause })} />
      <SelectField
        id={`veld-gevonden-soort-${id}`}
        label="Soort knelpunt (uit de catalogus)"
        description={chosen?.description}
        value={knelpunt.catalogueId ?? ''}
        options={[{ value: '', label: 'Geen soort gekozen' }, ...options.map((item) => ({ value: item.id, label: item.title }))]}
        onSave={(value) => update({ catalogueId: value === '' ? null : value })}
      />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Gevonden bij de acties</legend>
        {evaluation.actions.length === 0 ? <p className="utrecht-paragraph wa-muted">Deze werkagenda heeft geen acties.</p> : null}
        {evaluation.actions.map((action) => (
          <CheckboxField
            key={action.id}
            id={`veld-gevonden-actie-${id}-${action.id}`}
            label={action.title}
            checked={knelpunt.actionIds.includes(action.id)}
            onChange={(checked) => save('foundKnelpunt.update', { id, patch: { actionIds: toggle(knelpunt.actionIds, action.id, checked) } })}
          />
        ))}
      </fieldset>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Gevonden bij de doelen</legend>
        {evaluation.targets.length === 0 ? <p className="utrecht-paragraph wa-muted">Deze werkagenda heeft geen doelen.</p> : null}
        {evaluation.targets.map((target) => (
          <CheckboxField
            key={target.id}
            id={`veld-gevonden-doel-${id}-${target.id}`}
            label={target.indicator}
            description={target.actionId ? `Doel bij actie “${actionTitle.get(target.actionId) ?? ''}”` : 'Doel van de werkagenda als geheel'}
            checked={knelpunt.targetIds.includes(target.id)}
            onChange={(checked) => save('foundKnelpunt.update', { id, patch: { targetIds: toggle(knelpunt.targetIds, target.id, checked) } })}
          />
        ))}
      </fieldset>
      <Button appearance="danger-subtle" onClick={onDelete}>
        Knelpunt verwijderen<VisuallyHidden>: {knelpunt.title}</VisuallyHidden>
      </Button>
    </article>
  );
}
