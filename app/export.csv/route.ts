// GET /export.csv?from&to&target: the figures of the dashboard's filters as CSV, streamed.
// Caching headers (ETag, public Cache-Control, 304s) come from the response cache (server/).
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { exportCsvStream } from '@/db/queries/export-csv';
import { exportFileName, parseExportFilters } from '@/lib/csv/export-filters';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  const parsed = parseExportFilters(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return new Response(`Bad request: ${parsed.error}\n`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  // Opens (and migrates) the database first: the export reads it through a read-only connection.
  getDb();
  return new Response(exportCsvStream(parsed.filters), {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${exportFileName(parsed.filters)}"`,
    },
  });
}
