'use client';
// A submit button that says it is working while its form's action runs: from useFormStatus, or from
// `pending` when the form dispatches its action itself (see submit-without-reset.ts).
import { useFormStatus } from 'react-dom';

export function SubmitButton({
  children,
  pendingText,
  pending: pendingProp,
  className = 'primary',
  name,
  value,
}: {
  children: React.ReactNode;
  pendingText: string;
  pending?: boolean;
  className?: string;
  name?: string;
  value?: string;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button type="submit" className={className} disabled={pending} aria-busy={pending} name={name} value={value}>
      {pending ? pendingText : children}
    </button>
  );
}
