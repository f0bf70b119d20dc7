// GET /api/nights?from&to&target: what the export holds, as JSON for scripts, from the same query.
// Caching headers (ETag, public Cache-Control, 304s) come from the response cache (server/).
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { exportNightsJsonStream } from '@/db/queries/export-nights-json';
import { parseExportFilters } from '@/lib/csv/export-filters';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  const parsed = parseExportFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 });
  // Opens (and migrates) the database first: the answer reads it through a read-only connection.
  getDb();
  return new Response(exportNightsJsonStream(parsed.filters), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
