// The range over time: launches, what became of them, the rates, the rolling average, what got through
// and launches by weapon. The server shapes small arrays (one point per bucket or weapon) and words every
// label; the client charts only draw them.
import { getTranslations } from 'next-intl/server';
import { getFigureFormat } from '@/app/_i18n/figure-format';
import { ChartCard } from '@/app/components/chart-card';
import { PeriodChart } from '@/app/components/charts/period-chart';
import { periodColumns } from '@/app/components/charts/period-data';
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
  const periodHeader = granularity === 'night' ? t('axes.night') : t('axes.period');
  const partial = points.filter((p) => p.partial);
  const partialNote = partial.length > 0 ? ` ${t('partialNote', { periods: partial.map((p) => p.label).join('; ') })}` : '';
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
  const titles = { launches: t('launches.title', { unit }), outcomes: t('outcomes.title', { unit }), rates: t('rates.title', { unit }) };
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

  const columns = periodColumns(points, granularity, (index) => (points[index]?.nights ?? 0) > 0);
  const values = (value: (p: SeriesPoint) => number | null) => points.map(value);
  const table = (caption: string) => ({ caption, periodHeader: periodHeader, toggle: t('showTable') });

  return (
    <section aria-labelledby="charts-title" className="section">
      <h2 id="charts-title">{t('title')}</h2>
      <div className="charts">
        <ChartCard id="launches" title={titles.launches} summary={summaries.launches}>
          <PeriodChart
            kind="bars"
            stacked
            data={{
              ...columns,
              series: [
                { key: 'drone', name: t('launches.drones'), format: 'count', values: values((p) => p.drone), chart: { colour: 'var(--drone)' } },
                { key: 'missile', name: t('launches.missiles'), format: 'count', values: values((p) => p.missile), chart: { colour: 'var(--missile)' } },
                { key: 'nights', name: t('axes.nights'), format: 'count', values: values((p) => p.nights) },
              ],
            }}
            words={{ title: titles.launches, description: summaries.launches, xAxis, yAxis: t('axes.launched') }}
            table={table(titles.launches)}
          />
        </ChartCard>

        <ChartCard id="outcomes" title={titles.outcomes} summary={summaries.outcomes}>
          <PeriodChart
            kind="bars"
            stacked
            data={{
              ...columns,
              series: [
                { key: 'shotDown', name: t('outcomes.shotDown'), format: 'count', values: values((p) => p.shotDown), chart: { colour: 'var(--shot-down)' } },
                { key: 'lost', name: t('outcomes.lost'), format: 'count', values: values((p) => p.lost), chart: { colour: 'var(--lost)' } },
                { key: 'notStopped', name: t('outcomes.notStopped'), format: 'count', values: values((p) => p.notStopped), chart: { colour: 'var(--not-stopped)' } },
              ],
            }}
            words={{ title: titles.outcomes, description: summaries.outcomes, xAxis, yAxis: t('axes.count') }}
            table={table(titles.outcomes)}
          />
        </ChartCard>

        <ChartCard id="rates" title={titles.rates} summary={summaries.rates}>
          <PeriodChart
            kind="lines"
            marker={marker}
            data={{
              ...columns,
              series: [
                { key: 'neutralisation', name: t('rates.neutralisation'), format: 'rate', values: values((p) => p.neutralisationRate), chart: { colour: 'var(--shot-down)' } },
                { key: 'interception', name: t('rates.interception'), format: 'rate', values: values((p) => p.interceptionRate), chart: { colour: 'var(--accent)', dashed: true } },
                { key: 'neutralisationNights', name: t('rates.neutralisationNights'), format: 'count', values: values((p) => p.neutralisationNights) },
                { key: 'interceptionNights', name: t('rates.interceptionNights'), format: 'count', values: values((p) => p.interceptionNights) },
              ],
            }}
            words={{ title: titles.rates, description: summaries.rates, xAxis, yAxis: t('axes.share') }}
            table={table(titles.rates)}
          />
        </ChartCard>

        <ChartCard id="rolling" title={rollingTitle} summary={summaries.rolling}>
          <PeriodChart
            kind="rolling"
            data={{
              ...periodColumns(rolling, daily ? 'night' : granularity, () => true),
              series: [
                { key: 'launched', name: daily ? t('rolling.launchedThatNight') : t('axes.launched'), format: 'count', values: rolling.map((p) => p.launched) },
                { key: 'average', name: t('rolling.average'), format: 'average', values: rolling.map((p) => p.average) },
              ],
            }}
            words={{ title: rollingTitle, description: summaries.rolling, xAxis: daily ? t('axes.night') : xAxis, yAxis: t('axes.perDay') }}
            table={{ caption: rollingTitle, periodHeader: daily ? t('axes.day') : t('axes.period'), toggle: t('showTable') }}
          />
        </ChartCard>

        <OutcomeCharts data={data} filters={filters} names={names} />
        <WeaponCharts weapons={data.weapons} />
      </div>
    </section>
  );
}
