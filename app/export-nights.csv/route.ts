// GET /export-nights.csv?from&to&target: one row per night of the dashboard's filters (the night's own
// fields and outcomes; the figures are in /export.csv), streamed.
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { exportNightsCsvStream } from '@/db/queries/export-nights-csv';
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
  return new Response(exportNightsCsvStream(parsed.filters), {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${exportFileName(parsed.filters, 'nights')}"`,
      'cache-control': 'no-store',
    },
  });
}
