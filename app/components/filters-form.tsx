// The dashboard's filters as a plain GET form, so every view is a URL that can be shared or bookmarked
// (and works without JavaScript). Presets are links to their dates.
import { Link } from '@/i18n/navigation';
import { PRESETS, presetRange, type DashboardFilters, type DataBounds } from '@/lib/dashboard-filters';
import { TARGET_LABELS, TARGETS } from '@/lib/domain';
import { dashboardHref } from '@/lib/routes';
import styles from './dashboard.module.css';

export function FiltersForm({ filters, today, bounds }: { filters: DashboardFilters; today: string; bounds: DataBounds }) {
  return (
    <section className="card" aria-labelledby="filters-title">
      <h2 id="filters-title" className="sr-only">
        Filters
      </h2>
      <form method="get" action="/" className={styles.filters}>
        <div className="field">
          <label htmlFor="filter-from">From</label>
          <input id="filter-from" name="from" type="date" defaultValue={filters.from} required />
        </div>
        <div className="field">
          <label htmlFor="filter-to">To</label>
          <input id="filter-to" name="to" type="date" defaultValue={filters.to} required />
        </div>
        <div className="field">
          <label htmlFor="filter-target">Target</label>
          <select id="filter-target" name="target" defaultValue={filters.target}>
            {TARGETS.map((target) => (
              <option key={target} value={target}>
                {TARGET_LABELS[target]} ({target})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-granularity">Granularity</label>
          <select id="filter-granularity" name="granularity" defaultValue={filters.granularitySource === 'url' && filters.granularity !== 'year' ? filters.granularity : 'auto'}>
            <option value="auto">Automatic ({filters.granularitySource === 'auto' ? `by ${filters.granularity}` : 'fits the range'})</option>
            <option value="night">By night</option>
            <option value="week">By week</option>
            <option value="month">By month</option>
          </select>
        </div>
        <button type="submit" className="primary">
          Apply
        </button>
      </form>
      <ul className={styles.presets} aria-label="Quick ranges">
        {PRESETS.map((preset) => {
          const range = presetRange(preset.id, today, bounds);
          const current = range.from === filters.from && range.to === filters.to;
          return (
            <li key={preset.id}>
              <Link href={dashboardHref({ ...range, target: filters.target })} aria-current={current ? 'true' : undefined}>
                {preset.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
