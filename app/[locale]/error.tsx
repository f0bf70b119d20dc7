'use client';
// A thrown error is a bug: say so plainly, offer a retry, and keep the details in the server log.
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common.error');
  return (
    <main>
      <h1>{t('title')}</h1>
      <div className="alert" role="alert">
        <p>{error.digest ? t('reference', { digest: error.digest }) : t('body')}</p>
      </div>
      <p>
        <button type="button" onClick={reset}>
          {t('retry')}
        </button>{' '}
        {t.rich('orBack', { dashboard: (chunks) => <Link href="/">{chunks}</Link> })}
      </p>
    </main>
  );
}
