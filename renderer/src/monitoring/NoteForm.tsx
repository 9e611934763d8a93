import { useState } from 'react';
import { ProgressNoteFieldsSchema, todayIso } from '../../../shared/domain/monitoring';
import { formatDate } from '../../../shared/format';
import { Button } from '../components/Button';
import { check } from '../validation';
import { checkDate, dateDescription, firstInvalid, FormInput, type Errors } from './formFields';
import { useProgress } from './ProgressContext';

type Field = 'author' | 'date' | 'text';
const order: Field[] = ['author', 'date', 'text'];

/** "Notitie toevoegen": who, when (Dutch date, today by default), what was done. */
export function NoteForm({ actionId, actionTitle }: { actionId: string; actionTitle: string }) {
  const { save } = useProgress();
  const [values, setValues] = useState<Record<Field, string>>({ author: '', date: formatDate(todayIso()), text: '' });
  const [errors, setErrors] = useState<Errors<Field>>({});
  const [message, setMessage] = useState('');
  const id = (field: Field) => `notitie-${field}-${actionId}`;
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async () => {
    const author = check(ProgressNoteFieldsSchema.shape.author, values.author);
    const date = checkDate(ProgressNoteFieldsSchema.shape.date, values.date);
    const text = check(ProgressNoteFieldsSchema.shape.text, values.text);
    const found: Errors<Field> = { author: author.ok ? null : author.error, date: date.ok ? null : date.error, text: text.ok ? null : text.error };
    setErrors(found);
    setMessage('');
    const invalid = firstInvalid(order, found);
    if (invalid || !author.ok || !date.ok || !text.ok) {
      if (invalid) document.getElementById(id(invalid))?.focus();
      return;
    }
    const result = await save('progressNote.create', { actionId, author: author.value, date: date.value, text: text.value });
    if (!result.ok) {
      const field = order.find((key) => key === result.field);
      if (field) {
        setErrors({ [field]: result.error });
        document.getElementById(id(field))?.focus();
      } else setMessage(`Niet opgeslagen: ${result.error}`);
      return;
    }
    setValues((current) => ({ ...current, text: '' }));
    setMessage('Notitie toegevoegd.');
  };

  return (
    <form className="wa-add-form wa-card wa-progress-form" aria-label={`Nieuwe voortgangsnotitie: ${actionTitle}`} noValidate
      onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <div className="wa-row wa-row--wrap">
        <FormInput id={id('author')} label="Wie" value={values.author} error={errors.author} onChange={set('author')} />
        <FormInput id={id('date')} label="Datum" description={dateDescription} kind="date" value={values.date} error={errors.date} onChange={set('date')} />
      </div>
      <FormInput id={id('text')} label="Wat is er gedaan?" kind="textarea" value={values.text} error={errors.text} onChange={set('text')} />
      <div className="wa-row wa-row--wrap wa-progress-form__actions">
        <Button appearance="secondary" type="submit">Notitie toevoegen</Button>
        <p role="status" className="utrecht-paragraph wa-progress-form__status">{message}</p>
      </div>
    </form>
  );
}
