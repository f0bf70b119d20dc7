// /export-nights.csv's body: the header, then one line per night as SQLite formats it, streamed.
import { RECORD_DELIMITER } from '@/lib/csv/cells';
import type { ExportFilters } from '@/lib/csv/export-filters';
import { NIGHT_EXPORT_HEADER } from '@/lib/csv/night-columns';
import { databasePath } from '../client';
import { streamRows } from './export-stream';
import { openNightCsvLines } from './night-rows';

export function exportNightsCsvStream(filters: ExportFilters, file: string = databasePath()): ReadableStream<Uint8Array> {
  return streamRows(() => openNightCsvLines(filters, file), {
    head: NIGHT_EXPORT_HEADER + RECORD_DELIMITER,
    row: (line) => line,
    tail: () => '',
  });
}
