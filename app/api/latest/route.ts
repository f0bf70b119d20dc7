// GET /api/latest?target: the last recorded night with its figures by category, from the dashboard's
// weapons query over that one date.
import type { NextRequest } from 'next/server';
import { fetchNightBounds } from '@/db/queries/night-bounds';
import { fetchRangeWeapons } from '@/db/queries/range-weapons';
import { latestJson } from '@/lib/api/latest-json';
import { publicError, publicJson, readPreflight } from '@/lib/api/public-get';
import { readQuery, targetQuerySchema } from '@/lib/api/query';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  const query = readQuery(targetQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return publicError(400, query.error);
  const target = query.value.target ?? 'UA';
  const last = fetchNightBounds(target)?.last ?? null;
  const weapons = last ? fetchRangeWeapons({ target, from: last, to: last }) : [];
  return publicJson(request, latestJson(target, last, weapons));
}

export const OPTIONS = readPreflight;
