// GET /api/records?target: a target's records over every recorded night.
import type { NextRequest } from 'next/server';
import { fetchApiRecords } from '@/db/queries/api-records';
import { fetchNightBounds } from '@/db/queries/night-bounds';
import { publicError, publicJson, readPreflight } from '@/lib/api/public-get';
import { readQuery, targetQuerySchema } from '@/lib/api/query';
import { recordsJson } from '@/lib/api/records-json';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  const query = readQuery(targetQuerySchema, request.nextUrl.searchParams);
  if (!query.ok) return publicError(400, query.error);
  const target = query.value.target ?? 'UA';
  const bounds = fetchNightBounds(target);
  const records = bounds ? fetchApiRecords({ target, from: bounds.first, to: bounds.last }) : null;
  return publicJson(request, recordsJson(target, bounds, records));
}

export const OPTIONS = readPreflight;
