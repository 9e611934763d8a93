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
  schema: z.ZodType<string>;
  onSave: (value: string) => Promise<string | null>;
  rows?: number;
}

/** A multi-line text that saves itself (after a pause in typing and on leaving the field). */
export function TextArea({ id, label, description, value, schema, onSave, rows = 6 }: Props) {
  const { error, inputProps } = useAutosave<string>({
    serverText: value ?? '',
    parse: (text) => check(schema, text),
    commit: onSave,
  });
  return (
    <FormField id={id} label={label} description={description} error={error} kind="textarea">
      <textarea
        id={id}
        rows={rows}
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        {...describedBy(id, description, error)}
        {...inputProps}
      />
    </FormField>
  );
}
