import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
  kind?: 'text' | 'textarea' | 'select';
  className?: string;
  children: ReactNode;
}

/** A labelled form field with optional help text and an inline Dutch error under the input. */
export function FormField({ id, label, description, error, kind = 'text', className, children }: Props) {
  return (
    <div className={['utrecht-form-field', `utrecht-form-field--${kind}`, error ? 'utrecht-form-field--invalid' : '', className ?? ''].join(' ').trim()}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      </div>
      {description ? <div className="utrecht-form-field-description" id={`${id}-uitleg`}>{description}</div> : null}
      <div className="utrecht-form-field__input">{children}</div>
      {error ? <div className="utrecht-form-field-error-message" id={`${id}-fout`}>{error}</div> : null}
    </div>
  );
}

/** aria-describedby and aria-invalid for an input inside FormField. */
export function describedBy(id: string, description: unknown, error: string | null | undefined) {
  const ids = [description ? `${id}-uitleg` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? true : undefined } as const;
}
