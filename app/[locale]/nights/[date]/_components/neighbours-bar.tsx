// Previous and next recorded nights of the same target, and the edit link for editors.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import styles from '@/app/components/night.module.css';
import { fetchNightNeighbours } from '@/db/queries/night-neighbours';
import { Link } from '@/i18n/navigation';
import { nightHref, type NightKey } from '@/lib/routes';

export async function NeighboursBar({ address, editor }: { address: NightKey; editor: boolean }) {
  const [t, fmt] = await Promise.all([getTranslations('night'), getFigureFormat()]);
  const { previous, next } = fetchNightNeighbours(address.date, address.target);
  return (
    <div className={styles.bar}>
      <nav aria-label={t('neighbours.label')} className={styles.neighbours}>
        {previous ? (
          <Link href={nightHref({ date: previous, target: address.target })} rel="prev">
            {t('neighbours.previous', { date: fmt.date(previous, 'short') })}
          </Link>
        ) : (
          <span className="muted">{t('neighbours.noPrevious')}</span>
        )}
        {next ? (
          <Link href={nightHref({ date: next, target: address.target })} rel="next">
            {t('neighbours.next', { date: fmt.date(next, 'short') })}
          </Link>
        ) : (
          <span className="muted">{t('neighbours.noNext')}</span>
        )}
      </nav>
      {editor && (
        <Link className="button" href={nightHref(address, 'edit')}>
          {t('edit')}
        </Link>
      )}
    </div>
  );
}
