import { memo } from 'react';
import type { ApiInput } from '../../../../shared/api';
import type { Action, Knelpunt } from '../../../../shared/domain/agenda';
import { addresseeNeedsAction, KnelpuntFieldsSchema, type Addressee } from '../../../../shared/domain/agenda';
import { addresseeLabels, addresseeShort } from '../../../../shared/labels';
import { useReference } from '../../api/ReferenceContext';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useEditorActions } from '../EditorContext';

export type ActionChoice = Pick<Action, 'id' | 'title'>;

interface Props {
  knelpunt: Knelpunt;
  /** Every action by id and title, the same list for as long as none of those changes. */
  actions: readonly ActionChoice[];
  onDelete: (knelpunt: Knelpunt) => void;
}

/**
 * One knelpunt: title, description, cause, catalogue category and the actions that answer it.
 * Memoised: with hundreds of actions each card holds hundreds of checkboxes, and an edit elsewhere must not render them again.
 */
export const KnelpuntCard = memo(function KnelpuntCard({ knelpunt, actions, onDelete }: Props) {
  const { saveField, save, latest } = useEditorActions();
  const { catalogue } = useReference();
  const options = catalogue.filter((item) => item.kind === 'knelpunt');
  const chosen = options.find((item) => item.id === knelpunt.catalogueId);
  const id = knelpunt.id;
  const update = (patch: ApiInput<'knelpunt.update'>['patch']) => saveField('knelpunt.update', { id, patch });

  const toggleAction = (actionId: string, answers: boolean) => {
    const action = latest().actions.find((candidate) => candidate.id === actionId);
    if (!action) return;
    const knelpuntIds = answers ? [...action.knelpuntIds, id] : action.knelpuntIds.filter((other) => other !== id);
    return save('action.update', { id: actionId, patch: { knelpuntIds } });
  };

  return (
    <article className="wa-card wa-item" id={`item-${id}`} tabIndex={-1} aria-labelledby={`kop-knelpunt-${id}`}>
      <h3 className="utrecht-heading-3" id={`kop-knelpunt-${id}`}>{knelpunt.title}</h3>
      <TextField id={`veld-title-${id}`} label="Titel" value={knelpunt.title} schema={KnelpuntFieldsSchema.shape.title} onSave={(title) => update({ title })} />
      <TextArea id={`veld-description-${id}`} label="Beschrijving" rows={3} value={knelpunt.description} schema={KnelpuntFieldsSchema.shape.description} onSave={(description) => update({ description })} />
      <TextArea id={`veld-cause-${id}`} label="Oorzaak" rows={3} value={knelpunt.cause} schema={KnelpuntFieldsSchema.shape.cause} onSave={(cause) => update({ cause })} />
      <SelectField
        id={`veld-catalogue-${id}`}
        label="Soort knelpunt (uit de catalogus)"
        description={chosen?.description}
        value={knelpunt.catalogueId ?? ''}
        options={[{ value: '', label: 'Geen soort gekozen' }, ...options.map((item) => ({ value: item.id, label: item.title }))]}
        onSave={(value) => update({ catalogueId: value === '' ? null : value })}
      />
      <SelectField
        id={`veld-addressee-${id}`}
        label="Wie kan dit knelpunt oplossen?"
        description={addresseeNeedsAction(knelpunt.addressee) ? 'De sector of de werkgevers kunnen er zelf iets aan doen: kies hieronder de acties die het aanpakken.' : 'Een eigen actie is niet nodig. Schrijf op wat u vraagt. Het overleg verzamelt deze signalen voor SZW en BZK.'}
        value={knelpunt.addressee}
        options={(Object.keys(addresseeLabels) as Addressee[]).map((value) => ({ value, label: addresseeLabels[value] }))}
        onSave={(value) => update({ addressee: value as Addressee })}
      />
      {addresseeNeedsAction(knelpunt.addressee) ? null : (
        <TextArea id={`veld-request-${id}`} label={knelpunt.addressee === 'anders' ? 'Welke partij, en wat vraagt u van haar?' : `Wat vraagt u van ${addresseeShort[knelpunt.addressee]}?`}
          rows={3} value={knelpunt.request} schema={KnelpuntFieldsSchema.shape.request} onSave={(request) => update({ request })} />
      )}
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Acties die dit knelpunt aanpakken</legend>
        {actions.length === 0 ? <p className="utrecht-paragraph wa-muted">Er zijn nog geen acties. Voeg ze toe bij Acties.</p> : null}
        {actions.map((action) => (
          <CheckboxField
            key={action.id}
            id={`veld-answers-${id}-${action.id}`}
            label={action.title}
            checked={knelpunt.answeredByActionIds.includes(action.id)}
            onChange={(checked) => toggleAction(action.id, checked)}
          />
        ))}
      </fieldset>
      <Button appearance="danger-subtle" onClick={() => onDelete(knelpunt)}>
        Knelpunt verwijderen<VisuallyHidden>: {knelpunt.title}</VisuallyHidden>
      </Button>
    </article>
  );
});
