// The dashboard's charts, each with a one-sentence summary and its data as a table. The server shapes
// small arrays (one point per bucket or weapon) and hands them to the client charts.
import { bucketLabel, bucketOf, type Granularity } from '@/lib/buckets';
import type { Category } from '@/lib/domain';
import { formatCount, formatRate } from '@/lib/format';
import { COMBINED_REPORTING_FROM, sumKnown } from '@/lib/metrics';
import type { AveragePoint, SeriesPoint, WeaponTotals } from '@/lib/series';
import { ChartCard } from './chart-card';
import { DeferredChart } from './charts/deferred-chart';
import { LOST_RULE, RATE_RULE } from './rate-basis';
import { tableData } from './data-table';
import styles from './dashboard.module.css';

const UNIT: Record<Granularity, string> = { night: 'night', week: 'week', month: 'month', year: 'year' };
const averageFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const formatAverage = (value: number | null) => (value === null ? 'n/a' : averageFormat.format(value));

function busiest<T>(rows: T[], value: (row: T) => number | null): T | null {
  let best: T | null = null;
  let bestValue = -1;
  for (const row of rows) {
    const v = value(row);
    if (v !== null && v > bestValue) [best, bestValue] = [row, v];
  }
  return best;
}

const total = (p: SeriesPoint) => sumKnown([p.drone, p.missile]).sum;

export function DashboardCharts({
  points,
  granularity,
  rolling,
  weapons,
}: {
  points: SeriesPoint[];
  granularity: Granularity;
  rolling: { points: AveragePoint[]; granularity: Granularity; name: string; description: string };
  weapons: WeaponTotals[];
}) {
  const recorded = points.filter((p) => p.nights > 0);
  const peak = busiest(recorded, total);
  const unit = UNIT[granularity];
  const reportingBucket = bucketOf(COMBINED_REPORTING_FROM, granularity);
  const reportingChange = points.some((p) => p.bucket === reportingBucket) ? reportingBucket : null;
  const rateValues = recorded.map((p) => p.neutralisationRate).filter((r): r is number => r !== null);
  const rollingPeak = busiest(rolling.points, (p) => p.average);
  const byCategory = (category: Category) =>
    weapons.filter((w) => w.category === category && w.launched !== null).map((w) => ({ name: w.name, launched: w.launched }));
  const label = (bucket: string) => bucketLabel(bucket, granularity);
  const periodColumn = { label: granularity === 'night' ? 'Night' : 'Period', value: (p: SeriesPoint) => p.label };
  const partial = points.filter((p) => p.partial);
  const partialNote =
    partial.length > 0
      ? ` Lighter bars with a dashed outline are partial periods (the range, or the recorded nights, begin or end inside them): ${partial.map((p) => p.label).join('; ')}.`
      : '';
  // The chart points: only what each chart draws, with the period's label and whether it is partial.
  const period = ({ bucket, label, partial }: SeriesPoint) => ({ bucket, label, partial });

  return (
    <section aria-labelledby="charts-title" className={styles.section}>
      <h2 id="charts-title">Over time</h2>
      <div className={styles.charts}>
        <ChartCard
          id="launches"
          title={`Launches per ${unit}, by category`}
          summary={
            peak
              ? `${formatCount(recorded.length)} ${recorded.length === 1 ? unit : `${unit}s`} with recorded nights; the most launched in one ${unit}: ${formatCount(total(peak))} (${peak.label}).${partialNote}`
              : 'No launches are known in this range.'
          }
          table={
            tableData({
              caption: `Launches per ${unit}`,
              rows: recorded,
              rowKey: (p) => p.bucket,
              columns: [
                periodColumn,
                { label: 'Drones', numeric: true, value: (p) => formatCount(p.drone) },
                { label: 'Missiles', numeric: true, value: (p) => formatCount(p.missile) },
                { label: 'Nights', numeric: true, value: (p) => formatCount(p.nights) },
              ],
            })
          }
        >
          <DeferredChart
            chart="launches"
            props={{ points: points.map((p) => ({ ...period(p), drone: p.drone, missile: p.missile })), granularity }}
          />
        </ChartCard>

        <ChartCard
          id="outcomes"
          title={`Shot down, lost and not stopped per ${unit}`}
          summary={`Not stopped counts only the weapon rows with launched, shot down and lost known. ${LOST_RULE}${partialNote}`}
          table={
            tableData({
              caption: `Shot down, lost and not stopped per ${unit}`,
              rows: recorded,
              rowKey: (p) => p.bucket,
              columns: [
                periodColumn,
                { label: 'Shot down', numeric: true, value: (p) => formatCount(p.shotDown) },
                { label: 'Lost', numeric: true, value: (p) => formatCount(p.lost) },
                { label: 'Not stopped', numeric: true, value: (p) => formatCount(p.notStopped) },
              ],
            })
          }
        >
          <DeferredChart
            chart="outcomes"
            props={{
              points: points.map((p) => ({ ...period(p), shotDown: p.shotDown, lost: p.lost, notStopped: p.notStopped })),
              granularity,
            }}
          />
        </ChartCard>

        <ChartCard
          id="rates"
          title={`Neutralisation rate per ${unit}`}
          summary={
            <>
              {rateValues.length > 0
                ? `Neutralisation rate between ${formatRate(Math.min(...rateValues))} and ${formatRate(Math.max(...rateValues))} per ${unit}. ${RATE_RULE} `
                : 'No weapon row in this range gives launched, shot down and lost (or lost included in shot down). '}
              {reportingChange
                ? `The dashed line marks ${label(reportingChange)}: from 24 Jul 2025 the Air Force reports one combined “shot down or suppressed” number, so the interception rate jumps there while the neutralisation rate stays comparable.`
                : 'Since 24 Jul 2025 the Air Force reports one combined “shot down or suppressed” number: compare across that date with the neutralisation rate.'}
              {partial.length > 0 ? ` Partial periods: ${partial.map((p) => p.label).join('; ')}.` : ''}
            </>
          }
          table={
            tableData({
              caption: `Rates per ${unit}`,
              rows: recorded,
              rowKey: (p) => p.bucket,
              columns: [
                periodColumn,
                { label: 'Neutralisation rate', numeric: true, value: (p) => formatRate(p.neutralisationRate) },
                { label: 'Interception rate', numeric: true, value: (p) => formatRate(p.interceptionRate) },
                { label: 'Nights with a row in the neutralisation rate', numeric: true, value: (p) => formatCount(p.neutralisationNights) },
                { label: 'Nights with a row in the interception rate', numeric: true, value: (p) => formatCount(p.interceptionNights) },
              ],
            })
          }
        >
          <DeferredChart
            chart="rates"
            props={{
              points: points.map((p) => ({ ...period(p), neutralisationRate: p.neutralisationRate, interceptionRate: p.interceptionRate })),
              granularity,
              reportingChange,
            }}
          />
        </ChartCard>

        <ChartCard
          id="rolling"
          title={rolling.name}
          summary={
            rollingPeak?.average != null
              ? `${rolling.description} Highest: ${formatAverage(rollingPeak.average)} launches per day (${rollingPeak.label}).`
              : `${rolling.description} Not known for any day of this range.`
          }
          table={
            tableData({
              caption: rolling.name,
              rows: rolling.points,
              rowKey: (p) => p.bucket,
              columns: [
                { label: rolling.granularity === 'night' ? 'Day' : 'Period', value: (p) => p.label },
                { label: 'Launched', numeric: true, value: (p) => formatCount(p.launched) },
                { label: 'Average per day', numeric: true, value: (p) => formatAverage(p.average) },
              ],
            })
          }
        >
          <DeferredChart
            chart="rolling"
            props={{ points: rolling.points, granularity: rolling.granularity, averageName: rolling.name }}
          />
        </ChartCard>

        {(['drone', 'missile'] as const).map((category) => {
          const rows = byCategory(category);
          const name = category === 'drone' ? 'Drones' : 'Missiles';
          return (
            <ChartCard
              key={category}
              id={`weapons-${category}`}
              title={`${name} launched, by weapon`}
              summary={
                rows[0]
                  ? `${formatCount(rows.length)} ${rows.length === 1 ? 'weapon' : 'weapons'}; the most launched: ${rows[0].name}, ${formatCount(rows[0].launched)}.`
                  : `No ${name.toLowerCase()} with known launches in this range.`
              }
              table={
                tableData({
              caption: `${name} launched, by weapon`,
              rows: rows,
              rowKey: (r) => r.name,
              columns: [
                    { label: 'Weapon', value: (r) => r.name },
                    { label: 'Launched', numeric: true, value: (r) => formatCount(r.launched) },
                  ],
            })
              }
            >
              <DeferredChart chart="weapons" props={{ points: rows, category }} />
            </ChartCard>
          );
        })}
      </div>
    </section>
  );
}
