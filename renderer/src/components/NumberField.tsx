import type { ReactNode } from 'react';
import type { z } from 'zod';
import { formatNumber, parseDutchNumber, parseDutchPercentage } from '../../../shared/format';
import { check } from '../validation';
import { describedBy, FormField } from './FormField';
import { useAutosave } from './useAutosave';

interface Props {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  value: number | null;
  /** The (non-null) number schema from shared/domain; an empty field saves null. */
  schema: z.ZodType<number>;
  onSave: (value: number | null) => Promise<string | null>;
  className?: string;
  /** A percentage: "2,76%" is read as 2,76. */
  percent?: boolean;
}

/** A number typed the Dutch way ("12,5", "1.250"); empty means "not filled in". */
export function NumberField({ id, label, description, value, schema, onSave, className, percent = false }: Props) {
  const { error, inputProps } = useAutosave<number | null>({
    serverText: value === null ? '' : formatNumber(value, 4),
    parse: (text) => {
      if (text.trim() === '') return { ok: true, value: null };
      const number = percent ? parseDutchPercentage(text) : parseDutchNumber(text);
      if (number === null) return { ok: false, error: 'Vul een getal in, bijvoorbeeld 12 of 12,5.' };
      return check(schema, number);
    },
    commit: onSave,
  });
  return (
    <FormField id={id} label={label} description={description} error={error} className={className}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className={`utrecht-textbox utrecht-textbox--html-input wa-input--number${error ? ' utrecht-textbox--invalid' : ''}`}
        {...describedBy(id, description, error)}
        {...inputProps}
      />
    </FormField>
  );
}
