// GET /api/series?from&to&target&granularity: the dashboard's headline figures and trend series as
// JSON, from the very aggregates the page reads (one query, many renderings).
import type { NextRequest } from 'next/server';
import { dashboardView } from '@/app/api/_lib/dashboard-view';
import { fetchDashboardData } from '@/db/queries/dashboard-data';
import { publicError, publicJson, readPreflight } from '@/lib/api/public-get';
import { readQuery, seriesQuerySchema } from '@/lib/api/query';
import { seriesJson } from '@/lib/api/series-json';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  const query = readQuery(seriesQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return publicError(400, query.error);
  const { from, to, target, granularity, chartSpan } = dashboardView(query.value);
  const data = fetchDashboardData({ target, from, to, granularity, chartSpan });
  return publicJson(request, seriesJson({ filters: { target, from, to, granularity, chartSpan }, series: data.series, weapons: data.weapons }));
}

export const OPTIONS = readPreflight;
