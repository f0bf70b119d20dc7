// One form field: its label, its control, a hint, and its error beside it, with the control pointing at
// both (aria-describedby) and marked invalid when there is an error, so a screen reader hears the
// message with the field. The control is rendered by the caller, with the props given here.
import type { ReactNode } from 'react';

export type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

export function Field({
  id,
  label,
  hint,
  error,
  className = 'field',
  labelHidden = false,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  /** For a control whose column heading already shows what it is (a table of counts). */
  labelHidden?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className || undefined}>
      <label htmlFor={id} className={labelHidden ? 'sr-only' : undefined}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId ?? undefined} className="muted small">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId ?? undefined} className="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
