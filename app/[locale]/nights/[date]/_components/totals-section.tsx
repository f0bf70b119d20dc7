// The night's totals by category with both rates and how many weapon rows each rate rests on (the
// two rates have different bases: lib/metrics.ts). Categories are the columns, so the table stays
// four columns wide and fits a phone.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import styles from '@/app/components/night.module.css';
import type { Outcome } from '@/lib/series';
import { aboutTag } from './about-link';

export async function TotalsSection({ totals }: { totals: { drone: Outcome; missile: Outcome; all: Outcome } }) {
  const [t, fmt] = await Promise.all([getTranslations('night'), getFigureFormat()]);
  const columns = [
    { key: 'drone', label: t('totals.drones'), outcome: totals.drone },
    { key: 'missile', label: t('totals.missiles'), outcome: totals.missile },
    { key: 'all', label: t('totals.all'), outcome: totals.all },
  ];
  const ofAll = (used: number, all: number) => t('ofAll', { used: fmt.count(used), all: fmt.count(all) });
  const measures: { key: string; label: string; value: (o: Outcome) => string }[] = [
    { key: 'launched', label: t('columns.launched'), value: (o) => fmt.count(o.launched) },
    { key: 'shotDown', label: t('columns.shotDown'), value: (o) => fmt.count(o.shotDown) },
    { key: 'lost', label: t('columns.lost'), value: (o) => fmt.count(o.lost) },
    { key: 'notStopped', label: t('columns.notStopped'), value: (o) => fmt.count(o.notStopped) },
    { key: 'neutralisationRate', label: t('columns.neutralisationRate'), value: (o) => fmt.rate(o.neutralisationRate) },
    { key: 'interceptionRate', label: t('columns.interceptionRate'), value: (o) => fmt.rate(o.interceptionRate) },
    { key: 'neutralisationBasis', label: t('columns.neutralisationBasis'), value: (o) => ofAll(o.neutralisationFigures, o.figures) },
    { key: 'interceptionBasis', label: t('columns.interceptionBasis'), value: (o) => ofAll(o.interceptionFigures, o.figures) },
  ];
  return (
    <section className={`card ${styles.section}`} aria-labelledby="totals-title">
      <h2 id="totals-title">{t('totals.title')}</h2>
      <table className={styles.totals}>
        <caption className="sr-only">{t('totals.caption')}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((column) => (
              <th key={column.key} scope="col" className="num">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.key}>
              <th scope="row">{measure.label}</th>
              {columns.map((column) => (
                <td key={column.key} className="num">
                  {measure.value(column.outcome)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t.rich('totals.line', { about: aboutTag('neutralised') })}</p>
    </section>
  );
}
