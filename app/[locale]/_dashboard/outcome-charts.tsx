// What got through, over time: hits by category, places hit and places with debris, and the share of
// drones that were not Shahed-type (decoys, imitators). Each chart starts at the first period that gives
// its figure and says from which night the range gives it; sums that include approximate figures read
// "≈" in the tables.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { ChartCard } from '@/app/components/chart-card';
import { DeferredChart } from '@/app/components/charts/deferred-chart';
import { tableData } from '@/app/components/data-table';
import type { RangeData } from '@/db/queries/dashboard-data';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { firstGiven, outcomePoints, type KnownSum, type OutcomeField, type OutcomePoint } from '@/lib/outcome-points';
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
  const sum = ({ sum, approximate }: KnownSum) => fmt.qualified(sum, approximate > 0 ? 'about' : null);
  const period = ({ bucket, label, tick, partial }: OutcomePoint) => ({ bucket, label, tick, partial });
  const periodColumn = { label: filters.granularity === 'night' ? t('axes.night') : t('axes.period'), value: (p: OutcomePoint) => p.label };

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
        const recorded = points.filter((p) => spec.fields.some((field) => p[field].nights > 0));
        const approximate = recorded.some((p) => spec.fields.some((field) => p[field].approximate > 0));
        const summary = `${t(`${spec.id}.summary`, { since })}${approximate ? ` ${t('approximate')}` : ''}`;
        const words = { title, description: summary, xAxis, yAxis: spec.id === 'decoys' ? t('axes.shareOfDrones') : t('axes.count') };
        const card = (table: ReturnType<typeof tableData<OutcomePoint>>, chart: React.ReactNode) => (
          <ChartCard key={spec.id} id={spec.id} title={title} summary={summary} tableLabel={t('showTable')} table={table}>
            {chart}
          </ChartCard>
        );
        const rows = { caption: title, rows: recorded, rowKey: (p: OutcomePoint) => p.bucket };
        if (spec.id === 'decoys') {
          return card(
            tableData({
              ...rows,
              columns: [
                periodColumn,
                { label: t('decoys.share'), numeric: true, value: (p) => fmt.rate(p.decoyShare) },
                { label: t('decoys.others'), numeric: true, value: (p) => sum(p.decoys) },
                { label: t('decoys.drones'), numeric: true, value: (p) => fmt.count(p.decoyBasisDrones) },
                { label: t('decoys.nights'), numeric: true, value: (p) => fmt.count(p.decoys.nights) },
              ],
            }),
            <DeferredChart
              chart="lines"
              props={{
                points: points.map((p) => ({ ...period(p), values: { share: p.decoyShare } })),
                series: [{ key: 'share', name: t('decoys.share'), colour: 'var(--lost)' }],
                words,
              }}
            />,
          );
        }
        const [a, b] = spec.id === 'hits' ? (['hitsMissile', 'hitsDrone'] as const) : (['placesHit', 'placesDebris'] as const);
        const labels = spec.id === 'hits' ? [t('hits.missiles'), t('hits.drones')] : [t('places.placesHit'), t('places.placesDebris')];
        const colours = spec.id === 'hits' ? ['var(--missile)', 'var(--drone)'] : ['var(--not-stopped)', 'var(--muted)'];
        return card(
          tableData({
            ...rows,
            columns: [
              periodColumn,
              { label: labels[0] ?? '', numeric: true, value: (p) => sum(p[a]) },
              { label: labels[1] ?? '', numeric: true, value: (p) => sum(p[b]) },
            ],
          }),
          <DeferredChart
            chart="bars"
            props={{
              points: points.map((p) => ({ ...period(p), values: { [a]: p[a].sum, [b]: p[b].sum } })),
              series: [
                { key: a, name: labels[0] ?? '', colour: colours[0] ?? '' },
                { key: b, name: labels[1] ?? '', colour: colours[1] ?? '' },
              ],
              stacked: spec.id === 'hits',
              words,
            }}
          />,
        );
      })}
    </>
  );
}
