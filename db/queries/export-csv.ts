// /export.csv's body: the header, then the figure rows as SQLite formats them, pulled in chunks of about
// 64 KB only as fast as the client reads, so memory stays flat whatever the size of the export.
import { EXPORT_HEADER, RECORD_DELIMITER } from '@/lib/csv/cells';
import type { ExportFilters } from '@/lib/csv/export-filters';
import { databasePath } from '../client';
import { openFigureCsvLines } from './figure-rows';

const CHUNK_CHARS = 64 * 1024;

export function exportCsvStream(filters: ExportFilters, file: string = databasePath()): ReadableStream<Uint8Array> {
  const reader = openFigureCsvLines(filters, file);
  const encoder = new TextEncoder();
  let header = EXPORT_HEADER + RECORD_DELIMITER;
  // Pull-based (not Readable.toWeb, which throws when a client disconnects): cancel() closes the connection.
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      try {
        let chunk = header;
        header = '';
        let next = reader.rows.next();
        while (!next.done) {
          chunk += next.value;
          if (chunk.length >= CHUNK_CHARS) break;
          next = reader.rows.next();
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
        if (next.done) {
          reader.close();
          controller.close();
        }
      } catch (error) {
        reader.close();
        controller.error(error);
      }
    },
    cancel() {
      reader.close();
    },
  });
}
