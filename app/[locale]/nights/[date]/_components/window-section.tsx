// The night against the 30 nights before it: launches per category and the neutralisation rate, each
// with a bar pair drawn in CSS (no chart library), the numbers in the table being what is read.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import styles from '@/app/components/night.module.css';
import { fetchNightWindow } from '@/db/queries/night-window';
import { averagePerNight, windowNeutralisationRate } from '@/lib/night-window';
import { INTL_LOCALE, type Locale } from '@/lib/i18n/locales';
import { launchesOf, type Launches } from '@/lib/night-summary';
import type { NightKey } from '@/lib/routes';
import type { Outcome } from '@/lib/series';
import { aboutTag } from './about-link';
import { launchesFigure } from './night-text';

/** An average is a quotient, not a reported figure: one decimal is what it can honestly claim. */
const averageFormat = (locale: Locale) => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
const AVERAGE_FORMATS: Record<Locale, Intl.NumberFormat> = { en: averageFormat('en'), uk: averageFormat('uk') };

/** Width of a bar as a share of the larger of the two values, or null when either is unknown. */
function shares(night: number | null, average: number | null): [number, number] | null {
  if (night === null || average === null) return null;
  const top = Math.max(night, average);
  return top === 0 ? [0, 0] : [(night / top) * 100, (average / top) * 100];
}

export async function WindowSection({ address, totals }: { address: NightKey; totals: { drone: Outcome; missile: Outcome; all: Outcome } }) {
  const [t, fmt] = await Promise.all([getTranslations('night'), getFigureFormat()]);
  const window = fetchNightWindow(address);
  const average = AVERAGE_FORMATS[fmt.locale];
  const perNight = (value: number | null) => (value === null ? fmt.notAvailable : t('average.perNight', { value: average.format(value) }));
  const nightCount = (l: Launches) => (l.kind === 'known' ? l.value : l.kind === 'none' ? 0 : null);
  const missiles = launchesOf(totals.missile);
  const drones = launchesOf(totals.drone);
  const missileAverage = averagePerNight(window.missile, window.days);
  const droneAverage = averagePerNight(window.drone, window.days);
  const windowRate = windowNeutralisationRate(window);
  const rows = [
    { key: 'missiles', label: t('average.missiles'), night: launchesFigure(missiles, t, fmt), average: perNight(missileAverage), bars: shares(nightCount(missiles), missileAverage) },
    { key: 'drones', label: t('average.drones'), night: launchesFigure(drones, t, fmt), average: perNight(droneAverage), bars: shares(nightCount(drones), droneAverage) },
    { key: 'rate', label: t('average.rate'), night: fmt.rate(totals.all.neutralisationRate), average: fmt.rate(windowRate), bars: shares(totals.all.neutralisationRate, windowRate) },
  ];
  return (
    <section className={`card ${styles.section}`} aria-labelledby="average-title">
      <h2 id="average-title">{t('average.title')}</h2>
      {window.days === 0 ? (
        <p className="muted">{t('average.none')}</p>
      ) : (
        <>
          <table className={styles.comparison}>
            <caption className="sr-only">{t('average.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('average.measure')}</th>
                <th scope="col" className="num">{t('average.night')}</th>
                <th scope="col" className="num">{t('average.average')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-measure={row.key}>
                  <th scope="row">
                    {row.label}
                    {row.bars && (
                      <span className={styles.bars} aria-hidden="true">
                        <span className={styles.nightBar} style={{ width: `${row.bars[0]}%` }} />
                        <span className={styles.averageBar} style={{ width: `${row.bars[1]}%` }} />
                      </span>
                    )}
                  </th>
                  <td className="num">{row.night}</td>
                  <td className="num">{row.average}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">
            {t.rich('average.line', {
              days: window.days,
              from: fmt.date(window.from, 'dayMonth'),
              to: fmt.date(window.to, 'dayMonth'),
              recorded: fmt.count(window.recordedNights),
              about: aboutTag('thirty-night-average'),
            })}
          </p>
        </>
      )}
    </section>
  );
}
