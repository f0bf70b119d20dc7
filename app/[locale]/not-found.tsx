// Any address the site does not have, in the reader's language.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('common.notFound');
  return (
    <main>
      <h1>{t('title')}</h1>
      <div className="card">
        <p>{t('body')}</p>
        <p>
          {t.rich('hint', {
            dashboard: (chunks) => <Link href="/">{chunks}</Link>,
            code: (chunks) => <code>{chunks}</code>,
          })}
        </p>
      </div>
    </main>
  );
}
