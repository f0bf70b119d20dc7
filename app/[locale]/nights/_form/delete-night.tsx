'use client';
// Deleting a night, behind a confirmation step. The delete carries the version the page showed.
import { useActionState, useEffect, useRef, useState } from 'react';
import { TARGET_LABELS, type Target } from '@/lib/domain';
import { deleteNightAction } from './actions';
import { nightHref } from '@/lib/routes';
import type { DeleteNightState } from './form-state';
import { SubmitButton } from './save-button';

export function DeleteNight({
  nightId,
  version,
  date,
  target,
  figureCount,
}: {
  nightId: number;
  version: number;
  date: string;
  target: Target;
  figureCount: number;
}) {
  const [state, action] = useActionState<DeleteNightState, FormData>(deleteNightAction, { problem: null });
  const [confirming, setConfirming] = useState(false);
  const confirmation = useRef<HTMLDivElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmation.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (state.problem) problemRef.current?.focus();
  }, [state]);

  return (
    <section aria-labelledby="delete-heading" className="card" style={{ marginTop: '1rem' }}>
      <h2 id="delete-heading">Delete this night</h2>
      {state.problem && (
        <div ref={problemRef} tabIndex={-1} role="alert" className="alert">
          <DeleteProblem problem={state.problem} />
        </div>
      )}
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete night…
        </button>
      ) : (
        <form action={action}>
          <div ref={confirmation} tabIndex={-1}>
            <p>
              Delete the night of <strong>{date}</strong> ({TARGET_LABELS[target]}) and its {figureCount}{' '}
              {figureCount === 1 ? 'figure' : 'figures'}? It disappears from the dashboard and exports; its history
              is kept.
            </p>
          </div>
          <input type="hidden" name="nightId" value={nightId} />
          <input type="hidden" name="version" value={version} />
          <p style={{ display: 'flex', gap: '0.75rem' }}>
            <SubmitButton className="danger" pendingText="Deleting…">
              Yes, delete this night
            </SubmitButton>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

function DeleteProblem({ problem }: { problem: NonNullable<DeleteNightState['problem']> }) {
  switch (problem.kind) {
    case 'stale':
      return (
        <p>
          <strong>The night was not deleted:</strong> someone saved it since you opened this page (it is now at
          version {problem.version}).{' '}
          <a href={nightHref(problem)} target="_blank" rel="noopener">
            Open the current version in a new tab
          </a>
          , and reload this page if you still want to delete it.
        </p>
      );
    case 'not-found':
      return <p>This night no longer exists: someone has already deleted it.</p>;
    case 'signed-out':
      return (
        <p>
          <strong>The night was not deleted:</strong> you are not signed in (your session may have ended).{' '}
          <a href="/login" target="_blank" rel="noopener">
            Sign in in a new tab
          </a>
          , then try again.
        </p>
      );
    case 'invalid':
      return <p>The delete request did not name a night and version. Reload the page and try again.</p>;
  }
}
