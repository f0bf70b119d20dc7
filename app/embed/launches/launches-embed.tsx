// The embeddable chart for one view: launches per period by category, drawn from the dashboard's own
// aggregates for the same filters, with a one-sentence summary, the data table and a link back.
import { getTranslations } from 'next-intl/server';
import { dashboardView } from '@/app/api/_lib/dashboard-view';
import { fetchDashboardData } from '@/db/queries/dashboard-data';
import type { UrlGranularity } from '@/lib/buckets';
import type { Target } from '@/lib/domain';
import type { FigureFormat } from '@/lib/format';
import { localisedHref } from '@/lib/i18n/localised-href';
import { sumKnown } from '@/lib/metrics';
import { dashboardHref } from '@/lib/routes';
import { outcomeOf, rangeNights, seriesPoints, type SeriesPoint } from '@/lib/series';
import styles from './embed.module.css';
import { LaunchesSvg } from './launches-svg';
import { LaunchesTable } from './launches-table';
import { periodName, periodTick } from './period-names';

type View = { from?: string; to?: string; target?: Target; granularity?: UrlGranularity };

const total = (point: SeriesPoint) => sumKnown([point.drone, point.missile]).sum;

export async function LaunchesEmbed({ view, format }: { view: View; format: FigureFormat }) {
  const { locale } = format;
  const [t, og, common] = await Promise.all([
    getTranslations({ locale, namespace: 'embed' }),
    getTranslations({ locale, namespace: 'og' }),
    getTranslations({ locale, namespace: 'common' }),
  ]);
  const { from, to, target, granularity, chartSpan } = dashboardView(view);
  const data = fetchDashboardData({ target, from, to, granularity, chartSpan });
  const points = chartSpan ? seriesPoints(data.series, chartSpan, granularity) : [];
  const recorded = points.filter((point) => point.nights > 0);

  const title = t(`title.${granularity}`);
  const subtitle = t('subtitle', { target: og(`target.${target}`), from: format.date(from, 'long'), to: format.date(to, 'long') });
  const name = (point: SeriesPoint) =>
    periodName(point, granularity, format, { weekOf: (date) => t('weekOf', { date }), partial: (values) => t('partial', values) });
  const peak = recorded.reduce<SeriesPoint | null>((best, point) => ((total(point) ?? -1) > (best ? (total(best) ?? -1) : -1) ? point : best), null);
  const peakTotal = peak ? total(peak) : null;
  const summary = [
    t('summary', {
      drones: format.count(outcomeOf(data.weapons.filter((w) => w.category === 'drone')).launched),
      missiles: format.count(outcomeOf(data.weapons.filter((w) => w.category === 'missile')).launched),
      nights: rangeNights(data.series).nights,
    }),
    peak && peakTotal !== null ? t('peak', { count: format.count(peakTotal), period: name(peak) }) : null,
  ]
    .filter((sentence) => sentence !== null)
    .join(' ');
  const byBucket = new Map(points.map((point) => [point.bucket, point]));
  const dashboard = localisedHref(
    dashboardHref({ from, to, ...(target === 'UA' ? {} : { target }), ...(view.granularity ? { granularity: view.granularity } : {}) }),
    locale,
  );

  return (
    <>
      <figure className={styles.figure}>
        <figcaption>
          <h1>{title}</h1>
          <p className={`muted small ${styles.subtitle}`}>{subtitle}</p>
        </figcaption>
        {recorded.length === 0 ? (
          <p>{t('noNights')}</p>
        ) : (
          <>
            <ul className={`${styles.legend} small`} aria-hidden="true">
              <li>
                <span className={styles.swatchDrone} /> {t('drones')}
              </li>
              <li>
                <span className={styles.swatchMissile} /> {t('missiles')}
              </li>
            </ul>
            <LaunchesSvg
              points={points.map(({ bucket, drone, missile, partial }) => ({ bucket, drone, missile, partial }))}
              title={`${title}: ${subtitle}`}
              description={summary}
              axisTitle={t('axis')}
              count={format.count}
              tick={(bucket) => periodTick(bucket, granularity, format)}
              barTitle={(point) => {
                const full = byBucket.get(point.bucket);
                return `${full ? name(full) : point.bucket}: ${t('drones')} ${format.count(point.drone)}, ${t('missiles')} ${format.count(point.missile)}`;
              }}
            />
            <p className="small">{summary}</p>
            <p className="muted small">{t('unknownNote')}</p>
          </>
        )}
      </figure>
      {recorded.length > 0 && (
        <LaunchesTable
          points={recorded}
          name={name}
          format={format}
          words={{
            toggle: t('table'),
            caption: `${t('caption')}: ${subtitle}`,
            period: t('period'),
            drones: t('drones'),
            missiles: t('missiles'),
            nights: t('nightColumn'),
          }}
        />
      )}
      <p className={`${styles.footer} small`}>
        <a href={dashboard} target="_blank" rel="noopener">
          {t('linkBack')}
        </a>
        <span className="muted">{common('siteName')}</span>
      </p>
    </>
  );
}
