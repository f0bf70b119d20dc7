// A night that is not recorded (or a date that does not exist): say so, and point to where to look.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { newNightHref } from '@/lib/routes';

export default async function NightNotFound() {
  const t = await getTranslations('night');
  return (
    <main>
      <h1>{t('notFound.title')}</h1>
      <div className="card">
        <p>{t.rich('notFound.body', { code: (chunks) => <code>{chunks}</code> })}</p>
        <p>
          {t.rich('notFound.next', {
            dashboard: (chunks) => <Link href="/">{chunks}</Link>,
            add: (chunks) => <Link href={newNightHref()}>{chunks}</Link>,
          })}
        </p>
      </div>
    </main>
  );
}
