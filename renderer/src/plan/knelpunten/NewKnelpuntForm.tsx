import { useState } from 'react';
import { KnelpuntFieldsSchema } from '../../../../shared/domain/agenda';
import { useReference } from '../../api/ReferenceContext';
import { Button } from '../../components/Button';
import { describedBy, FormField } from '../../components/FormField';
import { focusWhenReady } from '../../focus';
import { check } from '../../validation';
import { useEditor } from '../EditorContext';

/** "Knelpunt toevoegen": own words, or picked from the catalogue of recurring knelpunten. */
export function NewKnelpuntForm() {
  const { agenda, save } = useEditor();
  const { catalogue } = useReference();
  const options = catalogue.filter((item) => item.kind === 'knelpunt');
  const [catalogueId, setCatalogueId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = options.find((item) => item.id === catalogueId);

  const pick = (id: string) => {
    setCatalogueId(id);
    const item = options.find((candidate) => candidate.id === id);
    if (item) {
      setTitle(item.title);
      setDescription(item.description);
      setError(null);
    }
  };

  const submit = async () => {
    const checked = check(KnelpuntFieldsSchema.shape.title, title);
    if (!checked.ok) {
      setError(checked.error);
      document.getElementById('veld-nieuw-knelpunt')?.focus();
      return;
    }
    setBusy(true);
    const result = await save('knelpunt.create', { agendaId: agenda.id, title: checked.value, description, catalogueId: catalogueId || null });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setTitle('');
    setDescription('');
    setCatalogueId('');
    setError(null);
    focusWhenReady(`veld-cause-${result.answer.change.knelpunt.id}`);
  };

  return (
    <form className="wa-card wa-add-form" aria-labelledby="kop-nieuw-knelpunt" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <h3 className="utrecht-heading-3" id="kop-nieuw-knelpunt">Nieuw knelpunt</h3>
      <FormField id="veld-catalogus-knelpunt" label="Kies uit de catalogus" description={chosen?.description ?? 'Niet verplicht. Kiest u een knelpunt dat in het onderzoek vaak voorkwam, dan staan de titel en de beschrijving al ingevuld.'} kind="select">
        <select id="veld-catalogus-knelpunt" className="utrecht-select utrecht-select--html-select" value={catalogueId} aria-describedby="veld-catalogus-knelpunt-uitleg" onChange={(event) => pick(event.target.value)}>
          <option value="">Zelf formuleren</option>
          {options.map((item) => <option key={item.id} value={item.id}>{item.title}</option>)}
        </select>
      </FormField>
      <FormField id="veld-nieuw-knelpunt" label="Titel van het nieuwe knelpunt" error={error}>
        <input id="veld-nieuw-knelpunt" type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input" value={title} {...describedBy('veld-nieuw-knelpunt', null, error)} onChange={(event) => setTitle(event.target.value)} />
      </FormField>
      <FormField id="veld-nieuw-knelpunt-beschrijving" label="Beschrijving van het nieuwe knelpunt" kind="textarea">
        <textarea id="veld-nieuw-knelpunt-beschrijving" rows={3} className="utrecht-textarea utrecht-textarea--html-textarea" value={description} onChange={(event) => setDescription(event.target.value)} />
      </FormField>
      <Button appearance="primary" type="submit" disabled={busy}>Knelpunt toevoegen</Button>
    </form>
  );
}
