import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md';

const base =
  'inline-flex items-center justify-center gap-2 rounded-full font-sans font-medium whitespace-nowrap ' +
  'transition-colors duration-150 select-none ' +
  'disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-on-accent shadow-card hover:bg-accent-strong',
  secondary: 'border border-line-strong bg-surface text-ink hover:border-ink-muted hover:bg-sunken',
  ghost: 'text-ink hover:bg-sunken',
  danger: 'bg-danger text-on-danger shadow-card hover:bg-danger-strong',
};

const sizes: Record<ButtonSize, string> = {
  sm: 'min-h-9 px-3.5 text-sm',
  md: 'min-h-11 px-5 text-[0.9375rem]',
};

/** Classes for anything that should look like a button, e.g. a `<Link>` call to action. */
export function buttonClasses(variant: ButtonVariant = 'primary', size: ButtonSize = 'md'): string {
  return cx(base, variants[variant], sizes[size]);
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /**
   * A submission is on its way: the button says so and refuses a second
   * press, but stays enabled. A disabled button drops the keyboard focus it
   * had, and the browser puts it back at the top of the page.
   */
  pending?: boolean;
}

export function Button({ variant = 'primary', size = 'md', type = 'button', className, pending, ...props }: ButtonProps) {
  const waiting =
    pending === undefined
      ? {}
      : {
          'aria-disabled': pending || undefined,
          'aria-busy': pending || undefined,
          onClick: (event: MouseEvent<HTMLButtonElement>) => {
            if (pending) event.preventDefault();
            props.onClick?.(event);
          },
        };
  return <button type={type} className={cx(buttonClasses(variant, size), className)} {...props} {...waiting} />;
}
