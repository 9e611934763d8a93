import type { ReactNode } from 'react';
import type { z } from 'zod';
import { formatMonth } from '../../../shared/format';
import { parseMonthInput } from '../../../shared/dutchDates';
import { check } from '../validation';
import { describedBy, FormField } from './FormField';
import { useAutosave } from './useAutosave';

interface Props {
  id: string;
  label: ReactNode;
  value: string | null;
  /** MonthSchema from shared/domain. */
  schema: z.ZodType<string>;
  /** Saves "YYYY-MM" or null (emptied); resolves to a Dutch error or null. */
  onSave: (value: string | null) => Promise<string | null>;
}

/** A month typed the Dutch way ("maart 2025" or "03-2025"); shown as "maart 2025". */
export function MonthField({ id, label, value, schema, onSave }: Props) {
  const description = 'Bijvoorbeeld maart 2025 of 03-2025.';
  const { error, inputProps } = useAutosave<string | null>({
    serverText: value ? formatMonth(value) : '',
    parse: (text) => {
      const month = parseMonthInput(text);
      if (month === null) return { ok: true, value: null };
      if (month === undefined) return { ok: false, error: 'Vul een maand in, bijvoorbeeld maart 2025.' };
      return check(schema, month);
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
