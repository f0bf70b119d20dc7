// The dashboard's view for a validated API query: the same filter resolution as the page (defaults,
// clipping to recorded nights, granularity), so an API answer and the page agree for the same URL.
import 'server-only';
import { fetchNightBounds } from '@/db/queries/night-bounds';
import type { UrlGranularity } from '@/lib/buckets';
import { resolveDashboardFilters } from '@/lib/dashboard-filters';
import { todayInKyiv } from '@/lib/dates';
import type { Target } from '@/lib/domain';

export function dashboardView(query: { from?: string; to?: string; target?: Target; granularity?: UrlGranularity }) {
  const target = query.target ?? 'UA';
  const bounds = fetchNightBounds(target);
  return resolveDashboardFilters({ ...query, target }, { today: todayInKyiv(), bounds });
}
