// GET /export.csv?from&to&target: the figures of the dashboard's filters as CSV, streamed.
import type { NextRequest } from 'next/server';
import { csvExportResponse } from '@/app/_exports/csv-export-response';
import { exportCsvStream } from '@/db/queries/export-csv';

export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return csvExportResponse(request, (filters) => exportCsvStream(filters));
}
