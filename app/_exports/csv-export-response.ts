// The answer of a CSV export route: the dashboard's filters read from the address (400 in words when
// they are wrong), then the file streamed from a read-only connection. Caching headers (ETag, public
// Cache-Control, 304s) come from the response cache in front (server/).
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { exportFileName, parseExportFilters, type ExportFilters } from '@/lib/csv/export-filters';

export function csvExportResponse(
  request: NextRequest,
  stream: (filters: ExportFilters) => ReadableStream<Uint8Array>,
  fileKind?: Parameters<typeof exportFileName>[1],
): Response {
  const parsed = parseExportFilters(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return new Response(`Bad request: ${parsed.error}\n`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  // Opens (and migrates) the database first: the export reads it through a read-only connection.
  getDb();
  return new Response(stream(parsed.filters), {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${exportFileName(parsed.filters, fileKind)}"`,
    },
  });
}
