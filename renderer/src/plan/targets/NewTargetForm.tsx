import { useState } from 'react';
import { NewTargetSchema, TargetFieldsSchema } from '../../../../shared/domain/agenda';
import { Button } from '../../components/Button';
import { describedBy, FormField } from '../../components/FormField';
import { focusWhenReady } from '../../focus';
import { check } from '../../validation';
import { useEditorActions } from '../EditorContext';
import { unitsListId } from './UnitsDatalist';

/** "Doel toevoegen": indicator and unit first; the other fields follow in the new target. */
export function NewTargetForm({ agendaId, actionId, fieldId }: { agendaId: string; actionId: string | null; fieldId: string }) {
  const { save } = useEditorActions();
  const [indicator, setIndicator] = useState('');
  const [unit, setUnit] = useState('');
  const [errors, setErrors] = useState<{ indicator?: string; unit?: string }>({});
  const [busy, setBusy] = useState(false);
  const unitId = `${fieldId}-eenheid`;

  const submit = async () => {
    const checkedIndicator = check(NewTargetSchema.shape.indicator, indicator);
    const checkedUnit = check(TargetFieldsSchema.shape.unit, unit);
    if (!checkedIndicator.ok || !checkedUnit.ok) {
      setErrors({ indicator: checkedIndicator.ok ? undefined : checkedIndicator.error, unit: checkedUnit.ok ? undefined : checkedUnit.error });
      document.getElementById(checkedIndicator.ok ? unitId : fieldId)?.focus();
      return;
    }
    setBusy(true);
    // "keer per jaar" says it already; the box on the new target shows it and can be unticked.
    const perYear = /per jaar/i.test(checkedUnit.value);
    const result = await save('target.create', { agendaId, actionId, indicator: checkedIndicator.value, unit: checkedUnit.value, perYear });
    setBusy(false);
    if (!result.ok) {
      setErrors({ indicator: result.error });
      return;
    }
    setIndicator('');
    setUnit('');
    setErrors({});
    focusWhenReady(`veld-targetValue-${result.answer.change.target.id}`);
  };
  const onEnter = (event: { key: string; preventDefault: () => void }) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset wa-add-inline-group">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Nieuw meetbaar doel</legend>
      <div className="wa-add-inline">
      <FormField id={fieldId} label="Indicator" error={errors.indicator}>
        <input id={fieldId} type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" value={indicator}
          {...describedBy(fieldId, null, errors.indicator)} onChange={(event) => setIndicator(event.target.value)} onKeyDown={onEnter} />
      </FormField>
      <FormField id={unitId} label="Eenheid" error={errors.unit}>
        <input id={unitId} type="text" autoComplete="off" list={unitsListId} className="utrecht-textbox utrecht-textbox--html-input" value={unit}
          {...describedBy(unitId, null, errors.unit)} onChange={(event) => setUnit(event.target.value)} onKeyDown={onEnter} />
      </FormField>
      <Button appearance="secondary" disabled={busy} onClick={() => void submit()}>Doel toevoegen</Button>
      </div>
    </fieldset>
  );
}
