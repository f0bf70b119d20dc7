// The top of a night's page: the way back, the night's name and period, its neighbours and (for
// editors) the edit link.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import styles from '@/app/components/night.module.css';
import type { Night } from '@/db/schema';
import { Link } from '@/i18n/navigation';
import { addDays } from '@/lib/dates';
import { dashboardHref, type NightKey } from '@/lib/routes';

export async function NightHeader({ address, night }: { address: NightKey; night: Pick<Night, 'attackStart' | 'attackEnd'> }) {
  const [t, fmt] = await Promise.all([getTranslations('night'), getFigureFormat()]);
  const { date, target } = address;
  const period = t('period', { from: fmt.date(addDays(date, -1), 'dayMonth'), to: fmt.date(date, 'dayMonth') });
  const window =
    night.attackStart || night.attackEnd
      ? t('attackWindow', { start: night.attackStart ?? fmt.notAvailable, end: night.attackEnd ?? fmt.notAvailable })
      : null;
  return (
    <header className={styles.header}>
      <p className="small">
        <Link href={dashboardHref({ target: target === 'RU' ? target : undefined })}>{t('back')}</Link>
      </p>
      <h1>
        {t('title', { date: fmt.date(date, 'long') })} <span className={`muted ${styles.target}`}>
          <span className={styles.separator}>· </span>
          {t(`targets.${target}`)}
        </span>
      </h1>
      <p className="muted small">
        {period}
        {window && `; ${window}`}
      </p>
    </header>
  );
}
