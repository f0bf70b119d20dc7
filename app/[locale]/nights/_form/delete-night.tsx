'use client';
// Deleting a night, behind a confirmation step. The delete carries the version the page showed.
import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import type { Target } from '@/lib/domain';
import { nightHref } from '@/lib/routes';
import { deleteNightAction } from './actions';
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
  const t = useTranslations('nightForm');
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
      <h2 id="delete-heading">{t('delete.heading')}</h2>
      {state.problem && (
        <div ref={problemRef} tabIndex={-1} role="alert" className="alert">
          <DeleteProblem problem={state.problem} />
        </div>
      )}
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('delete.button')}
        </button>
      ) : (
        <form action={action}>
          <div ref={confirmation} tabIndex={-1}>
            <p>
              {t.rich('delete.confirm', {
                strong: (chunks) => <strong>{chunks}</strong>,
                date,
                target: t(`targets.${target}`),
                count: figureCount,
              })}
            </p>
          </div>
          <input type="hidden" name="nightId" value={nightId} />
          <input type="hidden" name="version" value={version} />
          <p style={{ display: 'flex', gap: '0.75rem' }}>
            <SubmitButton className="danger" pendingText={t('delete.deleting')}>
              {t('delete.yes')}
            </SubmitButton>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('delete.cancel')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

function DeleteProblem({ problem }: { problem: NonNullable<DeleteNightState['problem']> }) {
  const t = useTranslations('nightForm');
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const newTab = (href: string) => (chunks: ReactNode) => (
    <Link href={href} target="_blank" rel="noopener">
      {chunks}
    </Link>
  );
  switch (problem.kind) {
    case 'stale':
      return <p>{t.rich('delete.stale', { strong, version: problem.version, open: newTab(nightHref(problem)) })}</p>;
    case 'not-found':
      return <p>{t('delete.notFound')}</p>;
    case 'signed-out':
      return <p>{t.rich('delete.signedOut', { strong, signIn: newTab('/login') })}</p>;
    case 'invalid':
      return <p>{t('delete.invalid')}</p>;
  }
}
