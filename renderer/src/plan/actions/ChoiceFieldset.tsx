import type { UseFormRegisterReturn } from 'react-hook-form';

interface Props {
  id: string;
  legend: string;
  error?: string;
  options: { value: string; label: string }[];
  register: UseFormRegisterReturn;
}

/** Radio buttons inside a form (react-hook-form), none chosen beforehand; the error sits under the legend's group. */
export function ChoiceFieldset({ id, legend, error, options, register }: Props) {
  return (
    <fieldset className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset wa-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id} aria-describedby={error ? `${id}-fout` : undefined}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {options.map((option) => (
        <div className="utrecht-form-field utrecht-form-field--radio wa-choice" key={option.value}>
          <input id={`${id}-${option.value}`} type="radio" value={option.value}
            className="utrecht-radio-button utrecht-radio-button--html-input utrecht-radio-button--custom" {...register} />
          <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      {error ? <div className="utrecht-form-field-error-message" id={`${id}-fout`}>{error}</div> : null}
    </fieldset>
  );
}
