import { useEffect, useState } from 'react';
import { GroupInputSchema, type GroupInput, type SectorGroup } from '../../../shared/domain/overleg';
import type { Sector } from '../../../shared/domain/reference';
import { Button } from '../components/Button';
import { CheckboxField } from '../components/CheckboxField';
import { describedBy, FormField } from '../components/FormField';
import type { GroupError } from './useOverleg';

interface Props {
  sectors: Sector[];
  /** A user group being changed; null to add a new one. */
  editing: SectorGroup | null;
  onSave: (input: GroupInput) => Promise<{ group: SectorGroup } | { error: GroupError }>;
  onStopEditing: () => void;
}

type Errors = Partial<Record<GroupError['field'], string>>;

/**
 * "Groep toevoegen" or "Groep wijzigen": a name and at least two sectors; the schema's and the core's
 * Dutch messages show at the field they concern.
 */
export function GroupForm({ sectors, editing, onSave, onStopEditing }: Props) {
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  // Choosing "Wijzigen" on a group puts it in the form, with the focus on its name.
  useEffect(() => {
    setName(editing?.name ?? '');
    setChosen(editing?.sectorIds ?? []);
    setErrors({});
    if (editing) document.getElementById('overleg-groep-naam')?.focus();
  }, [editing]);

  const focusFirstError = (found: Errors) => {
    if (found.name) document.getElementById('overleg-groep-naam')?.focus();
    else if (found.sectorIds) document.getElementById(`overleg-groep-sector-${sectors[0]?.id ?? ''}`)?.focus();
  };

  const submit = async () => {
    if (busy) return;
    const parsed = GroupInputSchema.safeParse({ ...(editing ? { id: editing.id } : {}), name, sectorIds: chosen });
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === 'sectorIds' ? 'sectorIds' : 'name';
        found[field] ??= issue.message;
      }
      setErrors(found);
      focusFirstError(found);
      return;
    }
    setBusy(true);
    const result = await onSave(parsed.data);
    setBusy(false);
    if ('error' in result) {
      const found = { [result.error.field]: result.error.message };
      setErrors(found);
      focusFirstError(found);
      return;
    }
    setName('');
    setChosen([]);
    setErrors({});
    if (editing) onStopEditing();
  };

  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((item) => item !== id)));

  return (
    <form className="wa-card wa-new wa-overleg-new-group" aria-labelledby="kop-overleg-nieuwe-groep" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
      <h3 className="utrecht-heading-3" id="kop-overleg-nieuwe-groep">{editing ? `Groep “${editing.name}” wijzigen` : 'Groep toevoegen'}</h3>
      <FormField id="overleg-groep-naam" label="Naam van de groep" error={errors.name}>
        <input
          id="overleg-groep-naam"
          type="text"
          autoComplete="off"
          className={`utrecht-textbox utrecht-textbox--html-input${errors.name ? ' utrecht-textbox--invalid' : ''}`}
          value={name}
          {...describedBy('overleg-groep-naam', undefined, errors.name)}
          onChange={(event) => setName(event.target.value)}
        />
      </FormField>
      <fieldset className="wa-fieldset" aria-describedby={errors.sectorIds ? 'overleg-groep-sectoren-fout' : undefined}>
        <legend>Sectoren in de groep (ten minste twee)</legend>
        {errors.sectorIds ? <p className="utrecht-form-field-error-message" id="overleg-groep-sectoren-fout">{errors.sectorIds}</p> : null}
        <div className="wa-overleg-new-group__sectors">
          {sectors.map((sector) => (
            <CheckboxField
              key={sector.id}
              id={`overleg-groep-sector-${sector.id}`}
              label={sector.name}
              checked={chosen.includes(sector.id)}
              onChange={(on) => toggle(sector.id, on)}
            />
          ))}
        </div>
      </fieldset>
      <div className="utrecht-button-group">
        <Button appearance="primary" type="submit" aria-disabled={busy || undefined}>{editing ? 'Wijzigingen opslaan' : 'Groep toevoegen'}</Button>
        {editing ? <Button appearance="secondary" onClick={onStopEditing}>Annuleren</Button> : null}
      </div>
    </form>
  );
}
