// The document for one interface language: <html lang>, the skip link, the site header with the
// language switch, and the catalogues client components need.
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { getEditor } from '@/app/_auth/session';
import { signOut } from '@/app/_auth/actions';
import { LocaleSwitch } from '@/app/components/locale-switch';
import { CLIENT_NAMESPACES } from '@/i18n/messages';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'common' });
  return { title: t('siteName'), description: t('siteDescription') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [editor, t, messages] = await Promise.all([getEditor(), getTranslations('common'), getMessages()]);
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={clientMessages}>
          <a href="#main" className="skip-link">
            {t('skipToContent')}
          </a>
          <header className="site-header">
            <nav aria-label={t('nav.label')}>
              <Link href="/" className="brand">
                {t('siteName')}
              </Link>
              <Link href="/">{t('nav.dashboard')}</Link>
              {editor ? (
                <>
                  <Link href="/nights/new">{t('nav.addNight')}</Link>
                  <Link href="/import">{t('nav.import')}</Link>
                  <span className="muted small">{editor.email}</span>
                  <form action={signOut}>
                    <button type="submit">{t('nav.signOut')}</button>
                  </form>
                </>
              ) : (
                <Link href="/login">{t('nav.signIn')}</Link>
              )}
              <LocaleSwitch locale={locale} label={t('language.switchTo')} title={t('language.switchToLabel')} />
            </nav>
          </header>
          <div id="main" tabIndex={-1}>
            {children}
          </div>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
