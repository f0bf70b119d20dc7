// GET /api/nights?from&to&target: what the export holds, as JSON for scripts, from the same query.
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { exportNightsJsonStream } from '@/db/queries/export-nights-json';
import { CORS_READ_HEADERS, publicError, readPreflight } from '@/lib/api/public-get';
import { parseExportFilters } from '@/lib/csv/export-filters';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  const parsed = parseExportFilters(request.nextUrl.searchParams);
  if (!parsed.ok) return publicError(400, parsed.error);
  // Opens (and migrates) the database first: the answer reads it through a read-only connection.
  getDb();
  return new Response(exportNightsJsonStream(parsed.filters), {
    // Streamed, so no ETag; readable from any origin like the other public GETs.
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...CORS_READ_HEADERS },
  });
}

export const OPTIONS = readPreflight;
