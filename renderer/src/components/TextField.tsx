import type { ReactNode } from 'react';
import type { z } from 'zod';
import { check } from '../validation';
import { describedBy, FormField } from './FormField';
import { useAutosave } from './useAutosave';

interface Props {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  value: string | null;
  /** The field schema from shared/domain (its Dutch messages are shown as they are). */
  schema: z.ZodType<string>;
  onSave: (value: string) => Promise<string | null>;
  list?: string;
  autoComplete?: string;
  className?: string;
}

/** A one-line input that saves itself (after a pause in typing and on leaving the field). */
export function TextField({ id, label, description, value, schema, onSave, list, autoComplete = 'off', className }: Props) {
  const { error, inputProps } = useAutosave<string>({
    serverText: value ?? '',
    parse: (text) => check(schema, text),
    commit: onSave,
  });
  return (
    <FormField id={id} label={label} description={description} error={error} className={className}>
      <input
        id={id}
        type="text"
        list={list}
        autoComplete={autoComplete}
        className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        {...describedBy(id, description, error)}
        {...inputProps}
      />
    </FormField>
  );
}
