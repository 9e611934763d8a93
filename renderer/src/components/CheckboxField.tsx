import { useState, type ReactNode } from 'react';

interface Props {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  checked: boolean;
  /** Saves the new state; the box shows it at once and follows the server's answer after. */
  onChange: (checked: boolean) => Promise<unknown> | void;
}

/** One checkbox with its label on the right and optional help text under it. */
export function CheckboxField({ id, label, description, checked, onChange }: Props) {
  const [pending, setPending] = useState<boolean | null>(null);
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox wa-choice">
      <input
        id={id}
        type="checkbox"
        className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
        checked={pending ?? checked}
        aria-describedby={description ? `${id}-uitleg` : undefined}
        onChange={async (event) => {
          setPending(event.target.checked);
          await onChange(event.target.checked);
          setPending(null);
        }}
      />
      <div className="wa-choice__text">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>{label}</label>
        {description ? <div className="utrecht-form-field-description" id={`${id}-uitleg`}>{description}</div> : null}
      </div>
    </div>
  );
}
