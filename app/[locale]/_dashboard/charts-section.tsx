// The range over time: launches, what became of them, the rates, the rolling average, what got through
// and launches by weapon. The server shapes small arrays (one point per bucket or weapon) and words every
// label; the client charts only draw them.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { ChartCard } from '@/app/components/chart-card';
import { DeferredChart } from '@/app/components/charts/deferred-chart';
import { tableData } from '@/app/components/data-table';
import { yieldToStream } from '@/app/components/yield-to-stream';
import { fetchRangeData, ROLLING_WINDOW } from '@/db/queries/dashboard-data';
import type { DashboardFilters } from '@/lib/dashboard-filters';
import { COMBINED_REPORTING_FROM, sumKnown } from '@/lib/metrics';
import { averagePerDay, rangeNights, rollingLaunches, seriesPoints, type SeriesPoint } from '@/lib/series';
import { OutcomeCharts } from './outcome-charts';
import { getPeriodLabeller } from './period-names';
import { WeaponCharts } from './weapon-charts';

function busiest<T>(rows: readonly T[], value: (row: T) => number | null): T | null {
  let best: T | null = null;
  let bestValue = -1;
  for (const row of rows) {
    const v = value(row);
    if (v !== null && v > bestValue) [best, bestValue] = [row, v];
  }
  return best;
}

const total = (p: SeriesPoint) => sumKnown([p.drone, p.missile]).sum;

export async function ChartsSection({ filters, bounds }: { filters: DashboardFilters; bounds: { first: string; last: string } }) {
  await yieldToStream();
  const data = fetchRangeData(filters);
  const { granularity, chartSpan } = filters;
  if (!chartSpan || rangeNights(data.series).nights === 0) return null;
  const [t, fmt, names] = await Promise.all([getTranslations('charts'), getFigureFormat(), getPeriodLabeller()]);
  const points = seriesPoints(data.series, data.buckets, granularity, names);
  const recorded = points.filter((p) => p.nights > 0);
  const unit = t(`units.${granularity}`);
  const xAxis = t(`axes.${granularity}`);
  const periodColumn = { label: granularity === 'night' ? t('axes.night') : t('axes.period'), value: (p: SeriesPoint) => p.label };
  const partial = points.filter((p) => p.partial);
  const partialNote = partial.length > 0 ? ` ${t('partialNote', { periods: partial.map((p) => p.label).join('; ') })}` : '';
  const period = ({ bucket, label, tick, partial }: SeriesPoint) => ({ bucket, label, tick, partial });
  const peak = busiest(recorded, total);
  const rates = recorded.map((p) => p.neutralisationRate).filter((r): r is number => r !== null);
  const marker = points.some((p) => p.bucket === data.reportingChangeBucket)
    ? { bucket: data.reportingChangeBucket, label: t('rates.marker', { date: fmt.date(COMBINED_REPORTING_FROM, 'dayMonth') }) }
    : null;

  const daily = data.nightlyLaunches !== null;
  const rolling = data.nightlyLaunches
    ? rollingLaunches(data.nightlyLaunches, chartSpan, names, { window: ROLLING_WINDOW, recordsFrom: bounds.first })
    : averagePerDay(data.series, data.buckets, granularity, names);
  const rollingTitle = daily ? t('rolling.dailyTitle', { window: ROLLING_WINDOW }) : t('rolling.periodTitle', { unit });
  const rollingPeak = busiest(rolling, (p) => p.average);
  const average = new Intl.NumberFormat(fmt.locale, { maximumFractionDigits: 1 });
  const formatAverage = (value: number | null) => (value === null ? fmt.notAvailable : average.format(value));
  const summaries = {
    launches: (peak ? t('launches.summary', { unit, count: fmt.count(total(peak)), period: peak.label }) : t('launches.empty')) + partialNote,
    outcomes: t('outcomes.summary') + partialNote,
    rates:
      rates.length === 0
        ? t('rates.empty')
        : t(marker ? 'rates.summary' : 'rates.summaryNoChange', {
            min: fmt.rate(Math.min(...rates)),
            max: fmt.rate(Math.max(...rates)),
            unit,
            date: fmt.date(COMBINED_REPORTING_FROM, 'short'),
          }),
    rolling:
      (daily ? t('rolling.dailySummary', { window: ROLLING_WINDOW }) : t('rolling.periodSummary', { unit })) +
      ' ' +
      (rollingPeak?.average != null ? t('rolling.highest', { average: formatAverage(rollingPeak.average), period: rollingPeak.label }) : t('rolling.unknown')),
  };

  return (
    <section aria-labelledby="charts-title" className="section">
      <h2 id="charts-title">{t('title')}</h2>
      <div className="charts">
        <ChartCard
          id="launches"
          title={t('launches.title', { unit })}
          summary={summaries.launches}
          tableLabel={t('showTable')}
          table={tableData({
            caption: t('launches.title', { unit }),
            rows: recorded,
            rowKey: (p) => p.bucket,
            columns: [
              periodColumn,
              { label: t('launches.drones'), numeric: true, value: (p) => fmt.count(p.drone) },
              { label: t('launches.missiles'), numeric: true, value: (p) => fmt.count(p.missile) },
              { label: t('axes.nights'), numeric: true, value: (p) => fmt.count(p.nights) },
            ],
          })}
        >
          <DeferredChart
            chart="bars"
            props={{
              points: points.map((p) => ({ ...period(p), values: { drone: p.drone, missile: p.missile } })),
              series: [
                { key: 'drone', name: t('launches.drones'), colour: 'var(--drone)' },
                { key: 'missile', name: t('launches.missiles'), colour: 'var(--missile)' },
              ],
              stacked: true,
              words: { title: t('launches.title', { unit }), description: summaries.launches, xAxis, yAxis: t('axes.launched') },
            }}
          />
        </ChartCard>

        <ChartCard
          id="outcomes"
          title={t('outcomes.title', { unit })}
          summary={summaries.outcomes}
          tableLabel={t('showTable')}
          table={tableData({
            caption: t('outcomes.title', { unit }),
            rows: recorded,
            rowKey: (p) => p.bucket,
            columns: [
              periodColumn,
              { label: t('outcomes.shotDown'), numeric: true, value: (p) => fmt.count(p.shotDown) },
              { label: t('outcomes.lost'), numeric: true, value: (p) => fmt.count(p.lost) },
              { label: t('outcomes.notStopped'), numeric: true, value: (p) => fmt.count(p.notStopped) },
            ],
          })}
        >
          <DeferredChart
            chart="bars"
            props={{
              points: points.map((p) => ({ ...period(p), values: { shotDown: p.shotDown, lost: p.lost, notStopped: p.notStopped } })),
              series: [
                { key: 'shotDown', name: t('outcomes.shotDown'), colour: 'var(--shot-down)' },
                { key: 'lost', name: t('outcomes.lost'), colour: 'var(--lost)' },
                { key: 'notStopped', name: t('outcomes.notStopped'), colour: 'var(--not-stopped)' },
              ],
              stacked: true,
              words: { title: t('outcomes.title', { unit }), description: summaries.outcomes, xAxis, yAxis: t('axes.count') },
            }}
          />
        </ChartCard>

        <ChartCard
          id="rates"
          title={t('rates.title', { unit })}
          summary={summaries.rates}
          tableLabel={t('showTable')}
          table={tableData({
            caption: t('rates.title', { unit }),
            rows: recorded,
            rowKey: (p) => p.bucket,
            columns: [
              periodColumn,
              { label: t('rates.neutralisation'), numeric: true, value: (p) => fmt.rate(p.neutralisationRate) },
              { label: t('rates.interception'), numeric: true, value: (p) => fmt.rate(p.interceptionRate) },
              { label: t('rates.neutralisationNights'), numeric: true, value: (p) => fmt.count(p.neutralisationNights) },
              { label: t('rates.interceptionNights'), numeric: true, value: (p) => fmt.count(p.interceptionNights) },
            ],
          })}
        >
          <DeferredChart
            chart="lines"
            props={{
              points: points.map((p) => ({ ...period(p), values: { neutralisation: p.neutralisationRate, interception: p.interceptionRate } })),
              series: [
                { key: 'neutralisation', name: t('rates.neutralisation'), colour: 'var(--shot-down)' },
                { key: 'interception', name: t('rates.interception'), colour: 'var(--accent)', dashed: true },
              ],
              marker,
              words: { title: t('rates.title', { unit }), description: summaries.rates, xAxis, yAxis: t('axes.share') },
            }}
          />
        </ChartCard>

        <ChartCard
          id="rolling"
          title={rollingTitle}
          summary={summaries.rolling}
          tableLabel={t('showTable')}
          table={tableData({
            caption: rollingTitle,
            rows: rolling,
            rowKey: (p) => p.bucket,
            columns: [
              { label: daily ? t('axes.day') : t('axes.period'), value: (p) => p.label },
              { label: t('axes.launched'), numeric: true, value: (p) => fmt.count(p.launched) },
              { label: t('rolling.average'), numeric: true, value: (p) => formatAverage(p.average) },
            ],
          })}
        >
          <DeferredChart
            chart="rolling"
            props={{
              points: rolling.map(({ bucket, label, tick, partial, launched, average }) => ({ bucket, label, tick, partial, launched, average })),
              daily,
              series: { launched: t('rolling.launchedThatNight'), average: rollingTitle },
              words: { title: rollingTitle, description: summaries.rolling, xAxis: daily ? t('axes.night') : xAxis, yAxis: t('axes.perDay') },
            }}
          />
        </ChartCard>

        <OutcomeCharts data={data} filters={filters} names={names} />
        <WeaponCharts weapons={data.weapons} />
      </div>
    </section>
  );
}
