import type { ExampleTarget, Recommendation } from '../../../../shared/recommendations';
import { recommendations } from '../../../../shared/recommendations';
import { formatNumber } from '../../../../shared/format';
import { targetLevelShort } from '../../../../shared/labels';
import { useReference } from '../../api/ReferenceContext';
import { FormField } from '../../components/FormField';

interface Props {
  chosen: Recommendation | null;
  onChoose: (recommendation: Recommendation | null) => void;
  takenTargets: ReadonlySet<number>;
  onToggleTarget: (index: number, taken: boolean) => void;
}

export const exampleTargetText = (target: ExampleTarget) =>
  `${targetLevelShort[target.level]}: ${target.indicator}, ${formatNumber(target.targetValue)} ${target.unit}${target.perYear ? ' per jaar' : ''}`;

/**
 * "Kies een aanbevolen activiteit": the activities seed 003 §6.1 recommends to every sector, with the action type
 * each is coded under and example targets at the three levels of §4.2 to start from.
 */
export function RecommendedActivityPicker({ chosen, onChoose, takenTargets, onToggleTarget }: Props) {
  const { catalogue, actionTypes } = useReference();
  const activity = (code: string) => catalogue.find((item) => item.kind === 'activiteit' && item.code === code);
  const type = chosen ? actionTypes.find((entry) => entry.id === chosen.typeId) : undefined;
  return (
    <div className="wa-recommended">
      <FormField id="veld-aanbevolen-activiteit" label="Kies een aanbevolen activiteit (niet verplicht)" kind="select"
        description="Acties die volgens het onderzoek in elke sector goed aansluiten bij wat werkgevers nodig hebben.">
        <select id="veld-aanbevolen-activiteit" className="utrecht-select utrecht-select--html-select" aria-describedby="veld-aanbevolen-activiteit-uitleg"
          value={chosen?.code ?? ''} onChange={(event) => onChoose(recommendations.find((entry) => entry.code === event.target.value) ?? null)}>
          <option value="">Geen: ik schrijf een eigen actie</option>
          {recommendations.map((entry) => <option key={entry.code} value={entry.code}>{`${entry.code}. ${activity(entry.code)?.title ?? entry.actionTitle}`}</option>)}
        </select>
      </FormField>
      {chosen ? (
        <div className="wa-recommended__detail" aria-live="polite">
          <p className="utrecht-paragraph">{activity(chosen.code)?.description}</p>
          <p className="utrecht-paragraph">
            <strong>{`Actietype ${chosen.typeId}${type ? ` (${type.name})` : ''}.`}</strong> {chosen.why}
          </p>
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Voorbeelddoelen om over te nemen</legend>
            {chosen.examples.map((target, index) => (
              <div className="utrecht-form-field utrecht-form-field--checkbox wa-choice" key={`${chosen.code}-${index}`}>
                <input id={`voorbeelddoel-${index}`} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                  checked={takenTargets.has(index)} onChange={(event) => onToggleTarget(index, event.target.checked)} />
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`voorbeelddoel-${index}`}>{exampleTargetText(target)}</label>
              </div>
            ))}
          </fieldset>
        </div>
      ) : null}
    </div>
  );
}
