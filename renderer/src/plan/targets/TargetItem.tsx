import type { ApiInput } from '../../../../shared/api';
import { TargetFieldsSchema, type Target, type TargetLevel } from '../../../../shared/domain/agenda';
import { targetLevelLabels } from '../../../../shared/labels';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DateField } from '../../components/DateField';
import { NumberField } from '../../components/NumberField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useEditorActions } from '../EditorContext';
import { unitsListId } from './UnitsDatalist';

const fields = TargetFieldsSchema.shape;

/** One measurable target: level, indicator, unit, baseline, target value, deadline, and whether it counts per year. */
export function TargetItem({ target, number, onDelete }: { target: Target; number: number; onDelete: () => void }) {
  const { saveField } = useEditorActions();
  const id = target.id;
  const update = (patch: ApiInput<'target.update'>['patch']) => saveField('target.update', { id, patch });
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset wa-target" id={`item-${id}`} tabIndex={-1}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Meetbaar doel {number}: {target.indicator}</legend>
      <SelectField
        id={`veld-level-${id}`}
        label="Niveau"
        value={target.level}
        options={(Object.keys(targetLevelLabels) as TargetLevel[]).map((level) => ({ value: level, label: targetLevelLabels[level] }))}
        onSave={(level) => update({ level: level as TargetLevel })}
      />
      <TextField id={`veld-indicator-${id}`} label="Indicator" description="Wat u meet, bijvoorbeeld: werkgevers benaderd." value={target.indicator} schema={fields.indicator} onSave={(indicator) => update({ indicator })} />
      <div className="wa-row wa-row--wrap">
        <TextField id={`veld-unit-${id}`} label="Eenheid" list={unitsListId} value={target.unit} schema={fields.unit} onSave={(unit) => update({ unit })} />
        <NumberField id={`veld-baseline-${id}`} label="Beginwaarde" value={target.baseline} schema={fields.baseline.unwrap()} percent onSave={(baseline) => update({ baseline })} />
        <NumberField id={`veld-targetValue-${id}`} label="Streefwaarde" value={target.targetValue} schema={fields.targetValue.unwrap()} percent onSave={(targetValue) => update({ targetValue })} />
        <DateField id={`veld-deadline-${id}`} label={target.perYear ? 'Einddatum (mag leeg)' : 'Einddatum'} value={target.deadline} schema={fields.deadline.unwrap()} onSave={(deadline) => update({ deadline })} />
      </div>
      <CheckboxField
        id={`veld-perYear-${id}`}
        label="Dit doel geldt per jaar"
        description="Bijvoorbeeld 4 bijeenkomsten per jaar: het doel begint elk kalenderjaar opnieuw bij 0 en wordt per jaar beoordeeld, niet als totaal sinds het begin."
        checked={target.perYear}
        onChange={(perYear) => update({ perYear })}
      />
      <Button appearance="danger-subtle" onClick={onDelete}>
        Doel verwijderen<VisuallyHidden>: {target.indicator}</VisuallyHidden>
      </Button>
    </fieldset>
  );
}
