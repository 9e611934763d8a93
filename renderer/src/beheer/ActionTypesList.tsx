import { ActionTypeSchema, type ActionType } from '../../../shared/domain/reference';
import { invoke } from '../api/client';
import { useReference, useSaveReference } from '../api/ReferenceContext';
import { TextArea } from '../components/TextArea';
import { TextField } from '../components/TextField';

const originLabel = { significant: 'Uit Significant APE (2018)', toegevoegd: 'Toegevoegd door de onderzoekers (2023)' } as const;

/** The 12 action types: number and origin are fixed by the research, name and explanation may be reworded. */
export function ActionTypesList() {
  const { actionTypes } = useReference();
  const save = useSaveReference();
  const update = (type: ActionType, change: Partial<ActionType>) =>
    save(() => invoke('actionType.update', { id: type.id, name: type.name, explanation: type.explanation, ...change }));
  return (
    <section aria-labelledby="kop-actietypen" className="wa-beheer__part">
      <h2 className="utrecht-heading-2" id="kop-actietypen">Actietypen</h2>
      <p className="utrecht-paragraph">De nummering volgt het onderzoek naar de werkagenda’s (2023). De score van een werkagenda telt hoeveel van deze typen zij gebruikt.</p>
      <ol className="wa-beheer__list">
        {actionTypes.map((type) => (
          <li key={type.id}>
            <fieldset className="utrecht-form-fieldset wa-card">
              <legend className="utrecht-form-fieldset__legend">Actietype {type.id}</legend>
              <p className="utrecht-paragraph wa-muted">{originLabel[type.origin]}</p>
              <TextField id={`type-${type.id}-naam`} label="Naam" value={type.name} schema={ActionTypeSchema.shape.name}
                onSave={(name) => update(type, { name })} />
              <TextArea id={`type-${type.id}-uitleg`} label="Uitleg" value={type.explanation} rows={2} schema={ActionTypeSchema.shape.explanation}
                onSave={(explanation) => update(type, { explanation })} />
            </fieldset>
          </li>
        ))}
      </ol>
    </section>
  );
}
