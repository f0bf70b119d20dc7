// The dashboard: reads the filters from the URL, then streams the range's figures (added up in SQL by
// db/queries) into the headline, charts and tables, with a skeleton while they are read.
import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import { Suspense } from 'react';
import { viewPreviewMetadata } from '@/app/_previews/metadata';
import { DashboardBody } from '@/app/components/dashboard-body';
import { DashboardSkeleton } from '@/app/components/dashboard-skeleton';
import { FiltersForm } from '@/app/components/filters-form';
import { DeletedNotice } from '@/app/[locale]/nights/_form/deleted-notice';
import styles from '@/app/components/dashboard.module.css';
import { fetchNightBounds } from '@/db/queries/night-bounds';
import { shortDate } from '@/lib/buckets';
import { readTarget, resolveDashboardFilters, type SearchParams } from '@/lib/dashboard-filters';
import { todayInKyiv } from '@/lib/dates';
import { TARGET_LABELS } from '@/lib/domain';

export const dynamic = 'force-dynamic';

/** Link previews (Open Graph, Twitter, the feed): the headline figures of the range this URL shows. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return viewPreviewMetadata(await searchParams);
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const today = todayInKyiv();
  const bounds = fetchNightBounds(readTarget(params).target);
  const filters = resolveDashboardFilters(params, { today, bounds });
  const { from, to, target } = filters;
  // The export keeps whatever range and target the view shows.
  const exportHref = `/export.csv?${new URLSearchParams({ from, to, target })}`;

  return (
    <main>
      <h1>
        {TARGET_LABELS[target]}: {shortDate(from)} – {shortDate(to)}
      </h1>
      <FiltersForm filters={filters} today={today} bounds={bounds} />
      <DeletedNotice deleted={params.deleted} target={params.target} />
      {filters.notes.length > 0 && (
        <div className="notice" role="status">
          {filters.notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </div>
      )}
      <div className={styles.toolbar}>
        <p className="muted small">
          Nights are dated by the morning they end. Unknown counts show as n/a and are left out of sums and rates.
        </p>
        <a href={exportHref}>Export CSV</a>
      </div>
      {bounds ? (
        <Suspense key={JSON.stringify(filters)} fallback={<DashboardSkeleton />}>
          <DashboardBody filters={filters} bounds={bounds} />
        </Suspense>
      ) : (
        <section className="card empty-state">
          <h2>No nights recorded yet{target === 'RU' ? ' for attacks on Russia' : ''}</h2>
          <p className="muted">
            Sign in as an editor, then add last night&apos;s figures with <Link href="/nights/new">Add night</Link> or bring in
            history with <Link href="/import">Import</Link>.
          </p>
        </section>
      )}
    </main>
  );
}
