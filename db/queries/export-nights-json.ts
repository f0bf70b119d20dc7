// /api/nights's body: the export's rows grouped into nights, each with its outcomes beyond interceptions,
// streamed as one JSON document {"nights":[…]} a night at a time, so no range is too long to answer and no
// cap is needed.
import type { ExportFilters } from '@/lib/csv/export-filters';
import { outcomesToJson, type OutcomesJson } from '@/lib/night-outcomes-json';
import { databasePath } from '../client';
import { streamRows } from './export-stream';
import { openFigureRows, type FigureRow, type NightOutcomeCells } from './figure-rows';

type NightJson = {
  date: string;
  target: string;
  source_url: string | null;
} & OutcomesJson & {
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
  function row([date, target, weapon, category, weaponClass, launched, shotDown, lost, sourceUrl, ...outcomeCells]: [
    ...FigureRow,
    ...NightOutcomeCells,
  ]): string {
    const text = night && night.date !== date ? flush() : '';
    night ??= { date, target, source_url: sourceUrl, ...outcomesOfRow(outcomeCells), figures: [] };
    night.figures.push({ weapon, category, class: weaponClass, launched, shot_down: shotDown, lost });
    return text;
  }

  return streamRows(() => openFigureRows(filters, file), { head: '{"nights":[', row, tail: () => `${flush()}]}` });
}

function outcomesOfRow(cells: NightOutcomeCells): OutcomesJson {
  const [hitsMissile, hitsDrone, placesHit, placesDebris, shaheds, ...qualifiers] = cells;
  const [q1, q2, q3, q4, q5] = qualifiers;
  return outcomesToJson(
    { hitsMissile, hitsDrone, placesHit, placesDebris, shaheds },
    {
      ...(q1 && { hitsMissile: q1 }),
      ...(q2 && { hitsDrone: q2 }),
      ...(q3 && { placesHit: q3 }),
      ...(q4 && { placesDebris: q4 }),
      ...(q5 && { shaheds: q5 }),
    },
  );
}
