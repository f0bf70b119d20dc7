// /export.csv's body: the header, then the figure rows as SQLite formats them, streamed.
import { EXPORT_HEADER, RECORD_DELIMITER } from '@/lib/csv/cells';
import type { ExportFilters } from '@/lib/csv/export-filters';
import { databasePath } from '../client';
import { streamRows } from './export-stream';
import { openFigureCsvLines } from './figure-rows';

export function exportCsvStream(filters: ExportFilters, file: string = databasePath()): ReadableStream<Uint8Array> {
  return streamRows(() => openFigureCsvLines(filters, file), {
    head: EXPORT_HEADER + RECORD_DELIMITER,
    row: (nightLines) => nightLines ?? '',
    tail: () => '',
  });
}
