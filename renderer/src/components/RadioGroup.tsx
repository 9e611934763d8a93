import { useState } from 'react';

interface Props {
  id: string;
  legend: string;
  value: string;
  options: { value: string; label: string }[];
  onSave: (value: string) => Promise<string | null>;
}

/** A fieldset of radio buttons that saves the chosen option at once. */
export function RadioGroup({ id, legend, value, options, onSave }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const current = pending ?? value;
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset" id={id} aria-describedby={error ? `${id}-fout` : undefined}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {options.map((option) => (
        <div className="utrecht-form-field utrecht-form-field--radio wa-choice" key={option.value}>
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={id}
            className="utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom"
            checked={current === option.value}
            onChange={async () => {
              setPending(option.value);
              setError(await onSave(option.value));
              setPending(null);
            }}
          />
          <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      {error ? <div className="utrecht-form-field-error-message" id={`${id}-fout`}>{error}</div> : null}
    </fieldset>
  );
}
