// The dashboard's figures for one view: asks db/queries for the range's aggregates, shapes them with
// lib/series and composes the headline, the charts and the tables.
import { Link } from '@/i18n/navigation';
import { DashboardCharts } from './dashboard-charts';
import { HeadlineFigures } from './headline-figures';
import { LatestNights } from './latest-nights';
import { OutcomeTable } from './outcome-table';
import styles from './dashboard.module.css';
import { yieldToStream } from './yield-to-stream';
import { fetchDashboardData, ROLLING_WINDOW } from '@/db/queries/dashboard-data';
import { defaultRange, type DashboardFilters } from '@/lib/dashboard-filters';
import { daysBetween } from '@/lib/dates';
import { TARGET_LABELS } from '@/lib/domain';
import { dashboardHref } from '@/lib/routes';
import { averagePerDay, byClass, outcomeOf, rangeNights, rollingLaunches, seriesPoints } from '@/lib/series';

export async function DashboardBody({ filters, bounds }: { filters: DashboardFilters; bounds: { first: string; last: string } }) {
  await yieldToStream();
  const { from, to, target, granularity, chartSpan } = filters;
  const data = fetchDashboardData({ target, from, to, granularity, chartSpan });
  const nights = rangeNights(data.series);
  if (!chartSpan || nights.nights === 0) {
    const latest = defaultRange(bounds.last, bounds);
    return (
      <section className="card empty-state">
          <h2>No nights recorded between {from} and {to}</h2>
          <p className="muted">
            {TARGET_LABELS[target]} are recorded from {bounds.first} to {bounds.last}.{' '}
            <Link href={dashboardHref({ from: latest.from, to: latest.to, target })}>Show the 30 days up to {bounds.last}</Link>.
          </p>
      </section>
    );
  }

  const all = outcomeOf(data.weapons);
  const drone = outcomeOf(data.weapons.filter((w) => w.category === 'drone'));
  const missile = outcomeOf(data.weapons.filter((w) => w.category === 'missile'));
  const points = seriesPoints(data.series, chartSpan, granularity);
  const rolling = data.nightlyLaunches
    ? {
        points: rollingLaunches(data.nightlyLaunches, chartSpan, { window: ROLLING_WINDOW, recordsFrom: bounds.first }),
        granularity: 'night' as const,
        name: `${ROLLING_WINDOW}-day rolling average of launches`,
        description: `Launches per day over the ${ROLLING_WINDOW} days up to each day (drones and missiles); a day without a recorded night counts as none launched.`,
      }
    : {
        points: averagePerDay(data.series, chartSpan, granularity),
        granularity,
        name: `Average launches per day, by ${granularity}`,
        description: `Too long a span to draw day by day: launches per day within each ${granularity} (for a full week, the ${ROLLING_WINDOW}-day rolling average on its Sunday).`,
      };

  return (
    <>
      <HeadlineFigures all={all} drone={drone} missile={missile} nights={nights} days={daysBetween(from, to) + 1} target={target} />

      <section className={`card ${styles.section}`} aria-labelledby="categories-title">
        <h2 id="categories-title">By category</h2>
        <OutcomeTable
          caption="Figures by category"
          firstColumn="Category"
          rows={[
            { key: 'drone', label: 'Drones', outcome: drone },
            { key: 'missile', label: 'Missiles', outcome: missile },
            { key: 'all', label: 'All', outcome: all },
          ]}
        />
      </section>

      <DashboardCharts points={points} granularity={granularity} rolling={rolling} weapons={data.weapons} />

      <section className={`card ${styles.section}`} aria-labelledby="weapons-title">
        <h2 id="weapons-title">By weapon</h2>
        <OutcomeTable
          caption="Figures by weapon"
          firstColumn="Weapon"
          showClass
          rows={data.weapons.map((w) => ({ key: String(w.weaponId), label: w.name, weaponClass: w.weaponClass, outcome: outcomeOf([w]) }))}
        />
        <h2>By class</h2>
        <OutcomeTable
          caption="Figures by class"
          firstColumn="Class"
          rows={byClass(data.weapons).map((c) => ({
            key: `${c.category}-${c.weaponClass}`,
            label: `${c.weaponClass} ${c.category === 'drone' ? 'drones' : 'missiles'}`,
            outcome: c.outcome,
          }))}
        />
      </section>

      <div className={styles.section}>
        <LatestNights nights={data.latest} target={target} />
      </div>
    </>
  );
}
