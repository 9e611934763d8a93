import type { Actor, Nature } from '../../../shared/domain/agenda';
import { formatMonth, formatNumber } from '../../../shared/format';
import { actorLabels, natureLabels } from '../../../shared/labels';
import { useReference } from '../api/ReferenceContext';
import { describedBy, FormField } from '../components/FormField';
import { TypeSuggestions } from '../components/TypeSuggestions';
import { PlainInput } from './PlainInput';
import type { ReviewAction } from './reviewState';
import { ReviewCard } from './ReviewCard';
import { ReviewKnelpuntLinks } from './ReviewKnelpuntLinks';

interface Props { action: ReviewAction; index: number; knelpunten: readonly { key: string; title: string }[]; onChange: (action: ReviewAction) => void }

function Choice<T extends string>({ id, legend, value, labels, onChange }: { id: string; legend: string; value: T | null; labels: Record<T, string>; onChange: (value: T) => void }) {
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset" id={id}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {value === null ? <p className="utrecht-paragraph wa-word-hint">Niet herkend in het document: kies zelf.</p> : null}
      {(Object.keys(labels) as T[]).map((option) => (
        <div className="utrecht-form-field utrecht-form-field--radio wa-choice" key={option}>
          <input id={`${id}-${option}`} type="radio" name={id} checked={value === option} onChange={() => onChange(option)}
            className="utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom" />
          <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${option}`}>{labels[option]}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A proposed action: title, description, type with the suggestions, who carries it out, trekker, the knelpunten it addresses, planning and target. */
export function ReviewActionCard({ action, index, knelpunten, onChange }: Props) {
  const { actionTypes } = useReference();
  const id = `actie-${index + 1}`;
  const set = (patch: Partial<ReviewAction>) => onChange({ ...action, ...patch });
  const planning = action.startMonth && action.endMonth ? `${formatMonth(action.startMonth)} – ${formatMonth(action.endMonth)}` : 'geen planning herkend';
  return (
    <ReviewCard id={id} heading={`Actie ${index + 1}: ${action.title || 'zonder titel'}`} what="Deze actie" keep={action.keep} source={action.source} onKeep={(keep) => set({ keep })}>
      <PlainInput id={`${id}-titel`} label="Titel" value={action.title} onChange={(title) => set({ title })} />
      <PlainInput id={`${id}-beschrijving`} label="Beschrijving" value={action.description} multiline onChange={(description) => set({ description })} />
      <FormField id={`${id}-type`} label="Actietype" kind="select" description="Het voorstel staat al gekozen; kies een ander type als het niet klopt.">
        <select id={`${id}-type`} className="utrecht-select utrecht-select--html-select" value={action.primaryTypeId}
          {...describedBy(`${id}-type`, true, null)} onChange={(event) => set({ primaryTypeId: Number(event.target.value) })}>
          <option value={0}>Kies een actietype</option>
          {actionTypes.map((type) => <option key={type.id} value={type.id}>{`${type.id}. ${type.name}`}</option>)}
        </select>
      </FormField>
      <TypeSuggestions id={`${id}-voorstel`} suggestions={action.suggestions} chosen={action.primaryTypeId} onTake={(primaryTypeId) => set({ primaryTypeId })} />
      <Choice id={`${id}-uitvoerder`} legend="Wie voert de actie uit?" value={action.actor} labels={actorLabels} onChange={(actor: Actor) => set({ actor })} />
      <Choice id={`${id}-aard`} legend="Is de actie nieuw?" value={action.nature} labels={natureLabels} onChange={(nature: Nature) => set({ nature })} />
      <PlainInput id={`${id}-trekker`} label="Trekker" value={action.owner} onChange={(owner) => set({ owner })} />
      <ReviewKnelpuntLinks id={id} knelpunten={knelpunten} chosen={action.knelpuntKeys} onChange={(knelpuntKeys) => set({ knelpuntKeys })} />
      <p className="utrecht-paragraph">
        {`Planning: ${planning}${action.planningText ? ` (in het document: “${action.planningText}”)` : ''}.`}
        {action.ongoing ? ' “Doorlopend” wordt bewaard als de hele periode, van de eerste tot de laatste maand; de werkagenda toont het daarna weer als doorlopend.' : ''}
      </p>
      {action.target ? (
        <p className="utrecht-paragraph">{`Meetbaar doel: ${action.target.indicator} (streefwaarde ${action.target.targetValue === null ? 'niet genoemd' : formatNumber(action.target.targetValue)} ${action.target.unit}${action.target.perYear ? ' per jaar' : ''}).`}</p>
      ) : action.resultText ? <p className="utrecht-paragraph">{`Geen meetbaar doel herkend; het beoogde resultaat staat in de beschrijving.`}</p> : null}
    </ReviewCard>
  );
}
