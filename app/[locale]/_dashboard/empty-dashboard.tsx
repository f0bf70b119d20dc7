// A target with no recorded night yet: how an editor starts.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Target } from '@/lib/domain';
import { newNightHref } from '@/lib/routes';

export async function EmptyDashboard({ target }: { target: Target }) {
  const t = await getTranslations('dashboard');
  return (
    <section className="card empty-state">
      <h2>{t('range.noNightsYet')}</h2>
      <p className="muted">
        {t.rich('range.noNightsYetHint', {
          add: (chunks) => <Link href={newNightHref(target)}>{chunks}</Link>,
          import: (chunks) => <Link href="/import">{chunks}</Link>,
        })}
      </p>
    </section>
  );
}
