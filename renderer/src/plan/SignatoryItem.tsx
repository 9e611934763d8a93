import type { ApiInput } from '../../../shared/api';
import { SignatoryFieldsSchema, type Signatory } from '../../../shared/domain/agenda';
import { Button } from '../components/Button';
import { CheckboxField } from '../components/CheckboxField';
import { TextField } from '../components/TextField';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { useEditor } from './EditorContext';

const fields = SignatoryFieldsSchema.shape;

/** One signatory: name, function, organisation and whether their signature is required. */
export function SignatoryItem({ signatory, number, onDelete }: { signatory: Signatory; number: number; onDelete: () => void }) {
  const { save, saveField } = useEditor();
  const id = signatory.id;
  const update = (patch: ApiInput<'signatory.update'>['patch']) => saveField('signatory.update', { id, patch });
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset wa-card" id={`item-${id}`} tabIndex={-1}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Ondertekenaar {number}: {signatory.name}</legend>
      <div className="wa-row wa-row--wrap">
        <TextField id={`veld-name-${id}`} label="Naam" autoComplete="off" value={signatory.name} schema={fields.name} onSave={(name) => update({ name })} />
        <TextField id={`veld-function-${id}`} label="Functie" value={signatory.function} schema={fields.function} onSave={(value) => update({ function: value })} />
        <TextField id={`veld-organisation-${id}`} label="Organisatie" value={signatory.organisation} schema={fields.organisation} onSave={(organisation) => update({ organisation })} />
      </div>
      <CheckboxField
        id={`veld-required-${id}`}
        label="Handtekening verplicht"
        description="De werkagenda is pas vastgesteld als alle verplichte ondertekenaars hebben getekend."
        checked={signatory.required}
        onChange={(required) => save('signatory.update', { id, patch: { required } })}
      />
      <Button appearance="danger-subtle" onClick={onDelete}>
        Ondertekenaar verwijderen<VisuallyHidden>: {signatory.name}</VisuallyHidden>
      </Button>
    </fieldset>
  );
}
