import { useState } from 'react';
import { FoundKnelpuntFieldsSchema } from '../../../shared/domain/cycle';
import { Button } from '../components/Button';
import { describedBy, FormField } from '../components/FormField';
import { focusWhenReady } from '../focus';
import { check } from '../validation';
import { useEvaluationEditor } from './useEvaluation';

/** "Gevonden knelpunt toevoegen": a title, optionally a description; the rest is filled in on the new card. */
export function NewFoundKnelpuntForm() {
  const { evaluation, save } = useEvaluationEditor();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const checked = check(FoundKnelpuntFieldsSchema.shape.title, title);
    if (!checked.ok) {
      setError(checked.error);
      document.getElementById('veld-nieuw-gevonden')?.focus();
      return;
    }
    setBusy(true);
    const before = new Set(evaluation.foundKnelpunten.map((knelpunt) => knelpunt.id));
    const result = await save('foundKnelpunt.create', { agendaId: evaluation.agendaId, title: checked.value, description });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setTitle('');
    setDescription('');
    setError(null);
    const created = result.evaluation.foundKnelpunten.find((knelpunt) => !before.has(knelpunt.id));
    if (created) focusWhenReady(`veld-gevonden-oorzaak-${created.id}`);
  };

  return (
    <form className="wa-card wa-add-form" aria-labelledby="kop-nieuw-gevonden" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <h3 className="utrecht-heading-3" id="kop-nieuw-gevonden">Nieuw gevonden knelpunt</h3>
      <FormField id="veld-nieuw-gevonden" label="Titel van het knelpunt" error={error}>
        <input id="veld-nieuw-gevonden" type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" value={title} {...describedBy('veld-nieuw-gevonden', null, error)} onChange={(event) => setTitle(event.target.value)} />
      </FormField>
      <FormField id="veld-nieuw-gevonden-beschrijving" label="Beschrijving van het knelpunt" kind="textarea">
        <textarea id="veld-nieuw-gevonden-beschrijving" rows={3} className="utrecht-textarea utrecht-textarea--html-textarea" value={description} onChange={(event) => setDescription(event.target.value)} />
      </FormField>
      <Button appearance="primary" type="submit" disabled={busy}>Knelpunt toevoegen</Button>
    </form>
  );
}
