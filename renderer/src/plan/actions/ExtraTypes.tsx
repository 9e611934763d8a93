import type { Action } from '../../../../shared/domain/agenda';
import { useReference } from '../../api/ReferenceContext';
import { CheckboxField } from '../../components/CheckboxField';
import { useEditorActions } from '../EditorContext';

/** Further action types of an action, each with its explanation. */
export function ExtraTypes({ action }: { action: Action }) {
  const { save } = useEditorActions();
  const { actionTypes } = useReference();
  const toggle = (typeId: number, checked: boolean) => {
    const extraTypeIds = checked ? [...action.extraTypeIds, typeId].sort((a, b) => a - b) : action.extraTypeIds.filter((other) => other !== typeId);
    return save('action.update', { id: action.id, patch: { extraTypeIds } });
  };
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Andere actietypen van deze actie</legend>
      <div className="wa-columns">
        {actionTypes.filter((type) => type.id !== action.primaryTypeId).map((type) => (
          <CheckboxField
            key={type.id}
            id={`veld-extraType-${action.id}-${type.id}`}
            label={`${type.id}. ${type.name}`}
            description={type.explanation || undefined}
            checked={action.extraTypeIds.includes(type.id)}
            onChange={(checked) => toggle(type.id, checked)}
          />
        ))}
      </div>
    </fieldset>
  );
}
