// GET /export-nights.csv?from&to&target: one row per night of the dashboard's filters (the night's own
// fields and outcomes; the figures are in /export.csv), streamed.
import type { NextRequest } from 'next/server';
import { csvExportResponse } from '@/app/_exports/csv-export-response';
import { exportNightsCsvStream } from '@/db/queries/export-nights-csv';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return csvExportResponse(request, (filters) => exportNightsCsvStream(filters), 'nights');
}
