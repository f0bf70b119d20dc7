'use client';
// Signs in through Better Auth's HTTP route, which applies the sign-in limits (app/_auth/credential-limit.ts).
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useHydrated } from '@/app/components/use-hydrated';
import { safeReturnPath } from '@/lib/return-path';

export function LoginForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations('login');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const interactive = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
      });
      if (response.ok) {
        // A full navigation, so every server component renders again with the new session. The path is
        // checked here too: the page's is, but the navigation is the browser's own redirect.
        window.location.assign(safeReturnPath(returnTo));
        return;
      }
      setError(failureMessage(response));
    } catch {
      setError(t('unreachable'));
    }
    setPending(false);
  }

  function failureMessage(response: Response): string {
    if (response.status === 429) {
      const seconds = Math.max(1, Number(response.headers.get('retry-after')) || 60);
      return seconds < 120 ? t('tooManySeconds', { seconds }) : t('tooManyMinutes', { minutes: Math.ceil(seconds / 60) });
    }
    if (response.status === 401 || response.status === 400) return t('mismatch');
    return t('refused', { status: response.status });
  }

  return (
    // POST, so that a submit before the page has loaded its script never puts the password in the address.
    <form method="post" onSubmit={onSubmit} noValidate data-interactive={interactive ? '' : undefined}>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">{t('email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required style={{ width: '100%' }} />
      </div>
      <div className="field">
        <label htmlFor="password">{t('password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          style={{ width: '100%' }}
        />
      </div>
      <button type="submit" className="primary" disabled={pending} aria-busy={pending}>
        {pending ? t('pending') : t('submit')}
      </button>
    </form>
  );
}
