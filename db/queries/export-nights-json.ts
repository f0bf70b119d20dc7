// /api/nights's body: the export's rows grouped into nights, streamed as one JSON document
// {"nights":[…]} a night at a time, so no range is too long to answer and no cap is needed.
import type { ExportFilters } from '@/lib/csv/export-filters';
import { databasePath } from '../client';
import { streamRows } from './export-stream';
import { openFigureRows, type FigureRow } from './figure-rows';

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
  let night: NightJson | null = null;
  let first = true;

  function flush(): string {
    if (!night) return '';
    const text = (first ? '' : ',') + JSON.stringify(night);
    first = false;
    night = null;
    return text;
  }

  // Rows come ordered by date, and one target is filtered, so a night's rows are consecutive.
  function row([date, target, weapon, category, weaponClass, launched, shotDown, lost, sourceUrl]: FigureRow): string {
    const text = night && night.date !== date ? flush() : '';
    night ??= { date, target, source_url: sourceUrl, figures: [] };
    night.figures.push({ weapon, category, class: weaponClass, launched, shot_down: shotDown, lost });
    return text;
  }

  return streamRows(() => openFigureRows(filters, file), { head: '{"nights":[', row, tail: () => `${flush()}]}` });
}
