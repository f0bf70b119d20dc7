// Sign in. `next` says where to go afterwards: only a path on this site (lib/return-path.ts), both for
// the server's redirect of an editor already signed in and for the form's navigation after signing in.
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { getEditor } from '@/app/_auth/session';
import { redirect } from '@/i18n/navigation';
import { localisedPath } from '@/lib/i18n/locales';
import { safeReturnPath } from '@/lib/return-path';
import { LoginForm } from './login-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('metaTitle') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(typeof next === 'string' ? next : null);
  const locale = await getLocale();
  if (await getEditor()) return redirect({ href: returnTo, locale });
  const [t, messages] = await Promise.all([getTranslations('login'), getMessages()]);
  return (
    <main>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <div className="card" style={{ maxWidth: 420 }}>
        {/* Only this page's strings go to the browser, not every page's. */}
        <NextIntlClientProvider messages={{ login: messages.login }}>
          <LoginForm returnTo={localisedPath(returnTo, locale)} />
        </NextIntlClientProvider>
      </div>
    </main>
  );
}
