// The dashboard: the latest night first, then the selected range (filters in the URL), its records,
// charts, patterns and a year's calendar. Each part reads its aggregates from db/queries (kept until the
// data changes) in a section beside this page, and streams in behind a Suspense boundary (not in a render the cache keeps: stream-boundary.tsx).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { viewPreviewMetadata } from '@/app/_previews/metadata';
import { DeletedNotice } from '@/app/[locale]/nights/_form/deleted-notice';
import { DashboardSkeleton } from '@/app/components/dashboard-skeleton';
import { fetchLatestData } from '@/db/queries/dashboard-data';
import { readTarget, readYear, resolveDashboardFilters, type SearchParams } from '@/lib/dashboard-filters';
import { todayInKyiv } from '@/lib/dates';
import { BreakdownSection } from './_dashboard/breakdown-section';
import { CalendarSection } from './_dashboard/calendar-section';
import { ChartsSection } from './_dashboard/charts-section';
import { EmptyDashboard } from './_dashboard/empty-dashboard';
import { HeadlineSection } from './_dashboard/headline-section';
import { LastNightSection } from './_dashboard/last-night-section';
import { PatternsSection } from './_dashboard/patterns-section';
import { RangeHeader } from './_dashboard/range-header';
import { RecordsSection } from './_dashboard/records-section';
import './_dashboard/dashboard.css';
import { StreamBoundary } from '@/app/components/stream-boundary';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<SearchParams> };

/** Link previews (Open Graph, Twitter, the feed): the headline figures of the range this URL shows. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return viewPreviewMetadata(await searchParams);
}

export default async function DashboardPage({ searchParams }: Props) {
  const params = await searchParams;
  const today = todayInKyiv();
  const { target } = readTarget(params);
  const { bounds, lastNight } = fetchLatestData(target);
  const filters = resolveDashboardFilters(params, { today, bounds });
  const calendar = readYear(params, bounds);
  const notes = calendar.note ? [...filters.notes, calendar.note] : filters.notes;
  const t = await getTranslations('dashboard');

  return (
    <main className="dashboard">
      <h1 className="page-title">{t(`title.${target}`)}</h1>
      <DeletedNotice deleted={params.deleted} target={params.target} />
      {lastNight && <LastNightSection data={lastNight} target={target} />}
      <RangeHeader filters={{ ...filters, notes }} today={today} bounds={bounds} year={params.year === undefined ? null : calendar.year} />
      {bounds ? (
        <>
          <StreamBoundary key={JSON.stringify(filters)} fallback={<DashboardSkeleton label={t('range.loading')} />}>
            <HeadlineSection filters={filters} bounds={bounds} />
          </StreamBoundary>
          <StreamBoundary fallback={null}>
            <RecordsSection filters={filters} bounds={bounds} year={calendar.year} />
          </StreamBoundary>
          <StreamBoundary fallback={null}>
            <ChartsSection filters={filters} bounds={bounds} />
          </StreamBoundary>
          <StreamBoundary fallback={null}>
            <PatternsSection filters={filters} />
          </StreamBoundary>
          <StreamBoundary fallback={null}>
            <CalendarSection filters={filters} bounds={bounds} year={calendar.year} />
          </StreamBoundary>
          <StreamBoundary fallback={null}>
            <BreakdownSection filters={filters} />
          </StreamBoundary>
        </>
      ) : (
        <EmptyDashboard target={target} />
      )}
    </main>
  );
}
