import { useState } from 'react';
import { MeasurementFieldsSchema, todayIso, type TargetProgress } from '../../../shared/domain/monitoring';
import { formatDate } from '../../../shared/format';
import { Button } from '../components/Button';
import { check } from '../validation';
import { checkDate, checkNumber, dateDescription, firstInvalid, FormInput, type Errors } from './formFields';
import { useProgress } from './ProgressContext';

type Field = 'date' | 'value' | 'source' | 'note';
const order: Field[] = ['date', 'value', 'source', 'note'];

/** "Meting toevoegen": date (in the agenda's period, not in the future), value (Dutch decimals), source and note. */
export function MeasurementForm({ target }: { target: TargetProgress }) {
  const { save, progress } = useProgress();
  const [values, setValues] = useState<Record<Field, string>>({ date: formatDate(todayIso()), value: '', source: '', note: '' });
  const [errors, setErrors] = useState<Errors<Field>>({});
  const [message, setMessage] = useState('');
  const id = (field: Field) => `meting-${field}-${target.id}`;
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async () => {
    const date = checkDate(MeasurementFieldsSchema.shape.date, values.date);
    const value = checkNumber(MeasurementFieldsSchema.shape.value, values.value);
    const source = check(MeasurementFieldsSchema.shape.source, values.source.trim());
    const note = check(MeasurementFieldsSchema.shape.note, values.note.trim());
    const found: Errors<Field> = {
      date: date.ok ? null : date.error, value: value.ok ? null : value.error, source: source.ok ? null : source.error, note: note.ok ? null : note.error,
    };
    setErrors(found);
    setMessage('');
    const invalid = firstInvalid(order, found);
    if (invalid || !date.ok || !value.ok || !source.ok || !note.ok) {
      if (invalid) document.getElementById(id(invalid))?.focus();
      return;
    }
    const result = await save('measurement.create', { targetId: target.id, date: date.value, value: value.value, source: source.value, note: note.value });
    if (!result.ok) {
      const field = order.find((key) => key === result.field);
      if (field) {
        setErrors({ [field]: result.error });
        document.getElementById(id(field))?.focus();
      } else setMessage(`Niet opgeslagen: ${result.error}`);
      return;
    }
    setValues((current) => ({ ...current, value: '', note: '' }));
    setMessage('Meting toegevoegd.');
  };

  const periodEnd = `${progress.endYear}-12-31`;
  const period = `Van ${formatDate(`${progress.startYear}-01-01`)} tot en met ${periodEnd < todayIso() ? formatDate(periodEnd) : 'vandaag'}.`;
  return (
    <form className="wa-add-form wa-card wa-progress-form" aria-label={`Meting toevoegen: ${target.indicator}`} noValidate
      onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-progress-form__fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Meting toevoegen</legend>
        <div className="wa-row wa-row--wrap">
          <FormInput id={id('date')} label="Datum" description={`${dateDescription} ${period}`} kind="date" value={values.date} error={errors.date} onChange={set('date')} />
          <FormInput id={id('value')} label={`Waarde${target.unit ? ` (${target.unit})` : ''}`} description="Bijvoorbeeld 29,02." kind="number" value={values.value} error={errors.value} onChange={set('value')} />
        </div>
        <div className="wa-row wa-row--wrap">
          <FormInput id={id('source')} label="Bron" description="Waar komt het getal vandaan?" value={values.source} error={errors.source} onChange={set('source')} />
          <FormInput id={id('note')} label="Toelichting" value={values.note} error={errors.note} onChange={set('note')} />
        </div>
        <div className="wa-row wa-row--wrap wa-progress-form__actions">
          <Button appearance="secondary" type="submit">Meting toevoegen</Button>
          <p role="status" className="utrecht-paragraph wa-progress-form__status">{message}</p>
        </div>
      </fieldset>
    </form>
  );
}
