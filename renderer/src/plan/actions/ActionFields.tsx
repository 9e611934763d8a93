import type { ApiInput } from '../../../../shared/api';
import { ActionFieldsSchema, type Action, type Actor, type Nature } from '../../../../shared/domain/agenda';
import { actorLabels, natureLabels } from '../../../../shared/labels';
import { useReference } from '../../api/ReferenceContext';
import { RadioGroup } from '../../components/RadioGroup';
import { SelectField } from '../../components/SelectField';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useEditorActions } from '../EditorContext';
import { ExtraTypes } from './ExtraTypes';

const fields = ActionFieldsSchema.shape;

/** What the action is: title, description, types, who carries it out, its nature and owner. */
export function ActionFields({ action }: { action: Action }) {
  const { saveField } = useEditorActions();
  const { actionTypes } = useReference();
  const id = action.id;
  const update = (patch: ApiInput<'action.update'>['patch']) => saveField('action.update', { id, patch });
  const primary = actionTypes.find((type) => type.id === action.primaryTypeId);
  return (
    <>
      <TextField id={`veld-title-${id}`} label="Titel" value={action.title} schema={fields.title} onSave={(title) => update({ title })} />
      <TextArea id={`veld-description-${id}`} label="Beschrijving" rows={4} value={action.description} schema={fields.description} onSave={(description) => update({ description })} />
      <SelectField
        id={`veld-primaryType-${id}`}
        label="Actietype"
        description={primary?.explanation}
        value={String(action.primaryTypeId)}
        options={actionTypes.map((type) => ({ value: String(type.id), label: `${type.id}. ${type.name}` }))}
        onSave={(value) => update({ primaryTypeId: Number(value) })}
      />
      <ExtraTypes action={action} />
      <RadioGroup
        id={`veld-actor-${id}`}
        legend="Wie voert de actie uit?"
        value={action.actor}
        options={(Object.keys(actorLabels) as Actor[]).map((actor) => ({ value: actor, label: actorLabels[actor] }))}
        onSave={(actor) => update({ actor: actor as Actor })}
      />
      <RadioGroup
        id={`veld-nature-${id}`}
        legend="Is de actie nieuw?"
        value={action.nature}
        options={(Object.keys(natureLabels) as Nature[]).map((nature) => ({ value: nature, label: natureLabels[nature] }))}
        onSave={(nature) => update({ nature: nature as Nature })}
      />
      <TextField id={`veld-owner-${id}`} label="Trekker" description="Wie is verantwoordelijk voor deze actie (een persoon of functie)? Wie de actie uitvoert, staat hierboven." value={action.owner} schema={fields.owner} onSave={(owner) => update({ owner })} />
    </>
  );
}
