import type { ReactNode } from 'react';
import { describedBy, FormField } from '../components/FormField';

interface Props {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  inputClassName?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
}

/** An input of a form that saves on its button (not by itself): the text is checked on submit. */
export function PlainField({ id, label, description, error, value, onChange, inputClassName, inputMode }: Props) {
  return (
    <FormField id={id} label={label} description={description} error={error}>
      <input
        id={id}
        type="text"
        autoComplete="off"
        inputMode={inputMode}
        className={`utrecht-textbox utrecht-textbox--html-input ${inputClassName ?? ''}${error ? ' utrecht-textbox--invalid' : ''}`.trim()}
        value={value}
        {...describedBy(id, description, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormField>
  );
}
