// What got through, over time: hits by category, places hit and places with debris, and the share of
// drones that were not Shahed-type (decoys, imitators). Each chart starts at the first period that gives
// its figure and says from which night the range gives it; sums that include approximate figures read
// "≈" in the tables.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { ChartCard } from '@/app/components/chart-card';
import { PeriodChart } from '@/app/components/charts/period-chart';
import { periodColumns, type PeriodSeries } from '@/app/components/charts/period-data';
import type { RangeData } from '@/db/queries/dashboard-data';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { firstGiven, outcomePoints, type OutcomeField } from '@/lib/outcome-points';
import type { PeriodLabeller } from '@/lib/period-labels';

const SPECS: { id: 'hits' | 'places' | 'decoys'; fields: OutcomeField[] }[] = [
  { id: 'hits', fields: ['hitsMissile', 'hitsDrone'] },
  { id: 'places', fields: ['placesHit', 'placesDebris'] },
  { id: 'decoys', fields: ['decoys'] },
];

export async function OutcomeCharts({ data, filters, names }: { data: RangeData; filters: DashboardFilters; names: PeriodLabeller }) {
  const [t, fmt] = await Promise.all([getTranslations('charts'), getFigureFormat()]);
  const unit = t(`units.${filters.granularity}`);
  const xAxis = t(`axes.${filters.granularity}`);
  const periodHeader = filters.granularity === 'night' ? t('axes.night') : t('axes.period');

  return (
    <>
      {SPECS.map((spec) => {
        const points = outcomePoints(data.outcomes, data.buckets, filters.granularity, names, spec.fields);
        const title = t(`${spec.id}.title`, { unit });
        const first = firstGiven(data.outcomes, spec.fields);
        if (points.length === 0 || first === null) {
          return (
            <section key={spec.id} className="card chart chart-empty" aria-labelledby={`${spec.id}-title`} data-chart={spec.id}>
              <h3 id={`${spec.id}-title`}>{title}</h3>
              <p className="muted small">{t('notReported')}</p>
            </section>
          );
        }
        const since = fmt.date(first, 'short');
        const approximate = points.some((p) => spec.fields.some((field) => p[field].approximate > 0));
        const summary = `${t(`${spec.id}.summary`, { since })}${approximate ? ` ${t('approximate')}` : ''}`;
        const words = { title, description: summary, xAxis, yAxis: spec.id === 'decoys' ? t('axes.shareOfDrones') : t('axes.count') };
        const columns = periodColumns(points, filters.granularity, (index) => spec.fields.some((field) => (points[index]?.[field].nights ?? 0) > 0));
        const sum = (field: OutcomeField, name: string, colour?: string): PeriodSeries => ({
          key: field,
          name,
          format: 'count',
          values: points.map((p) => p[field].sum),
          approximate: points.flatMap((p, index) => (p[field].approximate > 0 ? [index] : [])),
          chart: colour ? { colour } : undefined,
        });
        const series: PeriodSeries[] =
          spec.id === 'decoys'
            ? [
                { key: 'share', name: t('decoys.share'), format: 'rate', values: points.map((p) => p.decoyShare), chart: { colour: 'var(--lost)' } },
                sum('decoys', t('decoys.others')),
                { key: 'drones', name: t('decoys.drones'), format: 'count', values: points.map((p) => p.decoyBasisDrones) },
                { key: 'nights', name: t('decoys.nights'), format: 'count', values: points.map((p) => p.decoys.nights) },
              ]
            : spec.id === 'hits'
              ? [sum('hitsMissile', t('hits.missiles'), 'var(--missile)'), sum('hitsDrone', t('hits.drones'), 'var(--drone)')]
              : [sum('placesHit', t('places.placesHit'), 'var(--not-stopped)'), sum('placesDebris', t('places.placesDebris'), 'var(--muted)')];
        return (
          <ChartCard key={spec.id} id={spec.id} title={title} summary={summary}>
            <PeriodChart
              kind={spec.id === 'decoys' ? 'lines' : 'bars'}
              stacked={spec.id === 'hits'}
              data={{ ...columns, series }}
              words={words}
              table={{ caption: title, periodHeader, toggle: t('showTable') }}
            />
          </ChartCard>
        );
      })}
    </>
  );
}
