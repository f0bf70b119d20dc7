// GET /api/records?target: a target's records over every recorded night, from the dashboard's series query.
import type { NextRequest } from 'next/server';
import { fetchNightBounds } from '@/db/queries/night-bounds';
import { fetchRangeSeries } from '@/db/queries/range-series';
import { publicError, publicJson, readPreflight } from '@/lib/api/public-get';
import { readQuery, targetQuerySchema } from '@/lib/api/query';
import { recordsJson } from '@/lib/api/records-json';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  const query = readQuery(targetQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return publicError(400, query.error);
  const target = query.value.target ?? 'UA';
  const bounds = fetchNightBounds(target);
  // By year: the fewest buckets; the records are the same whatever the bucket.
  const series = bounds ? fetchRangeSeries({ target, from: bounds.first, to: bounds.last, granularity: 'year' }) : [];
  return publicJson(request, recordsJson(target, bounds, series));
}

export const OPTIONS = readPreflight;
