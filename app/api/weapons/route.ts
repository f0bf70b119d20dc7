// GET /api/weapons?from&to&target: the dashboard's breakdown by weapon and class, from its query.
import type { NextRequest } from 'next/server';
import { dashboardView } from '@/app/api/_lib/dashboard-view';
import { fetchRangeWeapons } from '@/db/queries/range-weapons';
import { publicError, publicJson, readPreflight } from '@/lib/api/public-get';
import { rangeQuerySchema, readQuery } from '@/lib/api/query';
import { weaponsJson } from '@/lib/api/weapons-json';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  const query = readQuery(rangeQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return publicError(400, query.error);
  const { from, to, target } = dashboardView(query.value);
  return publicJson(request, weaponsJson({ target, from, to }, fetchRangeWeapons({ target, from, to })));
}

export const OPTIONS = readPreflight;
