// The first screen's answer: the night in one line, then its main figures as large numbers.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import styles from '@/app/components/night.module.css';
import type { Target } from '@/lib/domain';
import type { NightSummary } from '@/lib/night-summary';
import { launchesFigure, summarySentence } from './night-text';

export async function NightHeadline({ summary, target }: { summary: NightSummary; target: Target }) {
  const [t, fmt] = await Promise.all([getTranslations('night'), getFigureFormat()]);
  const figures = [
    { key: 'missiles', label: t('headline.missilesLaunched'), value: launchesFigure(summary.missiles, t, fmt) },
    { key: 'drones', label: t('headline.dronesLaunched'), value: launchesFigure(summary.drones, t, fmt) },
    { key: 'rate', label: t('headline.neutralisationRate'), value: fmt.rate(summary.neutralisation?.rate) },
    { key: 'places', label: t('headline.placesHit'), value: summary.placesHit ? fmt.qualified(summary.placesHit.value, summary.placesHit.qualifier) : fmt.notAvailable },
  ];
  return (
    <section aria-label={t('summary.label')}>
      <p className={styles.summary}>{summarySentence(summary, target, t, fmt)}</p>
      <dl className={styles.headline} aria-label={t('headline.label')}>
        {figures.map((figure) => (
          <div key={figure.key} className={styles.figure}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
