import { useState, type ReactNode } from 'react';
import { describedBy, FormField } from './FormField';

interface Props {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  value: string;
  options: { value: string; label: string }[];
  /** Saves at once; resolves to a Dutch error message or null. */
  onSave: (value: string) => Promise<string | null>;
}

/** A select that saves as soon as another option is chosen. */
export function SelectField({ id, label, description, value, options, onSave }: Props) {
  const [error, setError] = useState<string | null>(null);
  return (
    <FormField id={id} label={label} description={description} error={error} kind="select">
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        {...describedBy(id, description, error)}
        onChange={async (event) => setError(await onSave(event.target.value))}
      >
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </FormField>
  );
}
