import type { ReactNode } from 'react';
import type { z } from 'zod';
import { formatDate } from '../../../shared/format';
import { parseDateInput } from '../../../shared/dutchDates';
import { check } from '../validation';
import { describedBy, FormField } from './FormField';
import { useAutosave } from './useAutosave';

interface Props {
  id: string;
  label: ReactNode;
  value: string | null;
  /** DateSchema from shared/domain. */
  schema: z.ZodType<string>;
  onSave: (value: string | null) => Promise<string | null>;
}

/** A date typed the Dutch way ("31-12-2026" or "31 december 2026"); shown as "31 december 2026". */
export function DateField({ id, label, value, schema, onSave }: Props) {
  const description = 'Bijvoorbeeld 31-12-2026.';
  const { error, inputProps } = useAutosave<string | null>({
    serverText: value ? formatDate(value) : '',
    parse: (text) => {
      const date = parseDateInput(text);
      return date === null ? { ok: true, value: null } : check(schema, date);
    },
    commit: onSave,
  });
  return (
    <FormField id={id} label={label} description={description} error={error}>
      <input id={id} type="text" autoComplete="off" className="utrecht-textbox utrecht-textbox--html-input wa-input--short"
        {...describedBy(id, description, error)} {...inputProps} />
    </FormField>
  );
}
