// GET /api/latest?target: the last recorded night: its figures by category (the dashboard's weapons
// query over that one date), its outcomes, and the 30 nights before it.
import type { NextRequest } from 'next/server';
import { fetchApiLatestNight } from '@/db/queries/api-latest-night';
import { fetchRangeWeapons } from '@/db/queries/range-weapons';
import { latestJson } from '@/lib/api/latest-json';
import { publicError, publicJson, readPreflight } from '@/lib/api/public-get';
import { readQuery, targetQuerySchema } from '@/lib/api/query';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  const query = readQuery(targetQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return publicError(400, query.error);
  const target = query.value.target ?? 'UA';
  const latest = fetchApiLatestNight(target);
  const weapons = latest ? fetchRangeWeapons({ target, from: latest.night.date, to: latest.night.date }) : [];
  return publicJson(request, latestJson(target, latest, weapons));
}

export const OPTIONS = readPreflight;
