// /api/nights's body: the export's rows grouped into nights, streamed as one JSON document
// {"nights":[…]} a night at a time, so no range is too long to answer and no cap is needed.
import type { ExportFilters } from '@/lib/csv/export-filters';
import { databasePath } from '../client';
import { openFigureRows, type FigureRow } from './figure-rows';

const CHUNK_CHARS = 64 * 1024;

type NightJson = {
  date: string;
  target: string;
  source_url: string | null;
  figures: {
    weapon: string;
    category: string;
    class: string;
    launched: number | null;
    shot_down: number | null;
    lost: number | null;
  }[];
};

export function exportNightsJsonStream(filters: ExportFilters, file: string = databasePath()): ReadableStream<Uint8Array> {
  const reader = openFigureRows(filters, file);
  const encoder = new TextEncoder();
  let opening = '{"nights":[';
  let first = true;
  let night: NightJson | null = null;

  // Rows come ordered by date, and one target is filtered, so a night's rows are consecutive.
  function flush(): string {
    if (!night) return '';
    const text = (first ? '' : ',') + JSON.stringify(night);
    first = false;
    night = null;
    return text;
  }

  function add(row: FigureRow): string {
    const [date, target, weapon, category, weaponClass, launched, shotDown, lost, sourceUrl] = row;
    let text = '';
    if (night && night.date !== date) text = flush();
    night ??= { date, target, source_url: sourceUrl, figures: [] };
    night.figures.push({ weapon, category, class: weaponClass, launched, shot_down: shotDown, lost });
    return text;
  }

  return new ReadableStream<Uint8Array>({
    pull(controller) {
      try {
        let chunk = opening;
        opening = '';
        let next = reader.rows.next();
        while (!next.done) {
          chunk += add(next.value);
          if (chunk.length >= CHUNK_CHARS) break;
          next = reader.rows.next();
        }
        if (next.done) {
          chunk += `${flush()}]}`;
          reader.close();
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
        if (next.done) controller.close();
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
