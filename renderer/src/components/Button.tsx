import type { ComponentProps } from 'react';

type Appearance = 'primary' | 'secondary' | 'subtle' | 'danger' | 'danger-subtle';

const classes: Record<Appearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--primary-action utrecht-button--danger',
  'danger-subtle': 'utrecht-button--subtle utrecht-button--danger',
};

/** An NL Design System button; type="button" unless said otherwise. */
export function Button({ appearance = 'secondary', className, type = 'button', ...rest }: ComponentProps<'button'> & { appearance?: Appearance }) {
  return <button type={type} className={`utrecht-button ${classes[appearance]} ${className ?? ''}`.trim()} {...rest} />;
}
