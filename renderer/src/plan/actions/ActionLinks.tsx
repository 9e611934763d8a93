import { ActionFieldsSchema, type Action, type Knelpunt } from '../../../../shared/domain/agenda';
import { CheckboxField } from '../../components/CheckboxField';
import { NumberField } from '../../components/NumberField';
import { useEditorActions } from '../EditorContext';

/** The job prognosis and the knelpunten this action answers. */
export function ActionLinks({ action, knelpunten }: { action: Action; knelpunten: readonly Knelpunt[] }) {
  const { save, saveField } = useEditorActions();
  const toggle = (knelpuntId: string, checked: boolean) => {
    const knelpuntIds = checked ? [...action.knelpuntIds, knelpuntId] : action.knelpuntIds.filter((other) => other !== knelpuntId);
    return save('action.update', { id: action.id, patch: { knelpuntIds } });
  };
  return (
    <>
      <NumberField
        id={`veld-jobsPrognosis-${action.id}`}
        label="Prognose aantal banen"
        description="Niet verplicht: hoeveel banen deze actie naar verwachting oplevert, bijvoorbeeld 12,5."
        value={action.jobsPrognosis}
        schema={ActionFieldsSchema.shape.jobsPrognosis.unwrap()}
        onSave={(jobsPrognosis) => saveField('action.update', { id: action.id, patch: { jobsPrognosis } })}
      />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Knelpunten die deze actie aanpakt</legend>
        {knelpunten.length === 0 ? <p className="utrecht-paragraph wa-muted">Er zijn nog geen knelpunten in de probleemanalyse.</p> : null}
        {knelpunten.map((knelpunt) => (
          <CheckboxField
            key={knelpunt.id}
            id={`veld-knelpunt-${action.id}-${knelpunt.id}`}
            label={knelpunt.title}
            checked={action.knelpuntIds.includes(knelpunt.id)}
            onChange={(checked) => toggle(knelpunt.id, checked)}
          />
        ))}
      </fieldset>
    </>
  );
}
