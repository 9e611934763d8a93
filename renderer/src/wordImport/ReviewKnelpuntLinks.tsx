import { CheckboxField } from '../components/CheckboxField';

interface Props { id: string; knelpunten: readonly { key: string; title: string }[]; chosen: readonly string[]; onChange: (keys: string[]) => void }

/** Which of the knelpunten taken over this action addresses: as in the Plan editor, so the completeness check counts it at once. */
export function ReviewKnelpuntLinks({ id, knelpunten, chosen, onChange }: Props) {
  if (knelpunten.length === 0) return null;
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Knelpunten die deze actie aanpakt</legend>
      {knelpunten.map((knelpunt, index) => (
        <CheckboxField key={knelpunt.key} id={`${id}-knelpunt-${index + 1}`} label={knelpunt.title || `Knelpunt ${index + 1}`}
          checked={chosen.includes(knelpunt.key)}
          onChange={(checked) => onChange(checked ? [...chosen, knelpunt.key] : chosen.filter((key) => key !== knelpunt.key))} />
      ))}
    </fieldset>
  );
}
