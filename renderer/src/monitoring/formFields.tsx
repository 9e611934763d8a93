import type { ReactNode } from 'react';
import { parseDateInput } from '../../../shared/dutchDates';
import { parseDutchPercentage } from '../../../shared/format';
import type { z } from 'zod';
import { describedBy, FormField } from '../components/FormField';
import { check } from '../validation';

export type Errors<K extends string> = Partial<Record<K, string | null>>;

interface InputProps {
  id: string;
  label: ReactNode;
  description?: string;
  value: string;
  error: string | null | undefined;
  onChange: (value: string) => void;
  kind?: 'text' | 'date' | 'number' | 'textarea';
}

/** A plain controlled field of an "add" form (saved with the form's button, not on its own). */
export function FormInput({ id, label, description, value, error, onChange, kind = 'text' }: InputProps) {
  const common = { id, value, ...describedBy(id, description, error), onChange: (event: { target: { value: string } }) => onChange(event.target.value) };
  return (
    <FormField id={id} label={label} description={description} error={error} kind={kind === 'textarea' ? 'textarea' : 'text'}>
      {kind === 'textarea' ? (
        <textarea rows={3} className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`} {...common} />
      ) : (
        <input
          type="text"
          autoComplete="off"
          inputMode={kind === 'number' ? 'decimal' : undefined}
          className={`utrecht-textbox utrecht-textbox--html-input${kind === 'date' ? ' wa-input--short' : ''}${kind === 'number' ? ' wa-input--number' : ''}${error ? ' utrecht-textbox--invalid' : ''}`}
          {...common}
        />
      )}
    </FormField>
  );
}

export const dateDescription = 'Bijvoorbeeld 4-2-2026 of 4 februari 2026.';

/** A date typed the Dutch way, checked against a date schema of shared/domain. */
export function checkDate(schema: z.ZodType<string>, text: string) {
  return check(schema, parseDateInput(text) ?? '');
}

/** A number typed the Dutch way ("29,02", also "2,76%" for a target in percent), checked against a number schema of shared/domain. */
export function checkNumber(schema: z.ZodType<number>, text: string): { ok: true; value: number } | { ok: false; error: string } {
  const number = parseDutchPercentage(text);
  if (number === null) return { ok: false, error: 'Vul een getal in, bijvoorbeeld 12 of 12,5.' };
  return check(schema, number);
}

/** The id of the first field with an error, in form order. */
export function firstInvalid<K extends string>(order: readonly K[], errors: Errors<K>): K | undefined {
  return order.find((key) => errors[key]);
}
