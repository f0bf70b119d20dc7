import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { getEditor } from '@/app/_auth/session';
import { redirect } from '@/i18n/navigation';
import { localisedPath } from '@/lib/i18n/locales';
import { safeReturnPath } from '@/lib/return-path';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in · Air Tally' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(typeof next === 'string' ? next : null);
  const locale = await getLocale();
  if (await getEditor()) return redirect({ href: returnTo, locale });
  return (
    <main>
      <h1>Sign in</h1>
      <p className="muted">Only editors sign in; everyone can read the dashboard without an account.</p>
      <div className="card" style={{ maxWidth: 420 }}>
        <LoginForm returnTo={localisedPath(returnTo, locale)} />
      </div>
    </main>
  );
}
