// Which kind of file this is, told from its header row: Air Tally's own exports (the figures, or the
// nights), or the public dataset's missile_attacks_daily.csv. Anything else is refused with a message
// saying what was expected.
import { EXPORT_COLUMNS, EXPORT_HEADER } from '@/lib/csv/cells';
import { NIGHT_EXPORT_COLUMNS, NIGHT_EXPORT_HEADER } from '@/lib/csv/night-columns';
import type { DatasetOutcome } from './batch';

export type ImportFormat = 'own' | 'own-nights' | 'dataset';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  own: "Air Tally's own CSV export",
  'own-nights': "Air Tally's per-night CSV export",
  dataset: 'the public dataset "Massive Missile Attacks on Ukraine" (missile_attacks_daily.csv)',
};

/** The dataset's columns that the mapping reads (SPEC §4); its other columns are ignored. */
export const DATASET_COLUMNS = ['time_end', 'model', 'launched', 'destroyed', 'not_reach_goal', 'source'] as const;
export type DatasetColumn = (typeof DATASET_COLUMNS)[number];

/** The dataset's night outcomes (from mid-2025), read when its header has them. */
export const DATASET_OUTCOME_COLUMNS: Record<DatasetOutcome, string> = {
  placesHit: 'num_hit_location',
  placesDebris: 'num_fall_fragment_location',
  shaheds: 'is_shahed',
};

export type DetectedFormat =
  | { format: 'own'; width: number }
  | { format: 'own-nights'; width: number }
  | {
      format: 'dataset';
      width: number;
      columns: Record<DatasetColumn, number>;
      outcomeColumns: Partial<Record<DatasetOutcome, number>>;
    };

export type DetectResult = { ok: true; detected: DetectedFormat } | { ok: false; error: string };

const DATASET_HINT = 'time_start,time_end,model,…,launched,destroyed,not_reach_goal,…,source (22 columns)';

export function detectFormat(header: readonly string[]): DetectResult {
  const names = header.map((cell) => cell.trim());
  if (names.length === EXPORT_COLUMNS.length && names.every((name, i) => name === EXPORT_COLUMNS[i])) {
    return { ok: true, detected: { format: 'own', width: names.length } };
  }
  if (names.length === NIGHT_EXPORT_COLUMNS.length && names.every((name, i) => name === NIGHT_EXPORT_COLUMNS[i])) {
    return { ok: true, detected: { format: 'own-nights', width: names.length } };
  }
  if (DATASET_COLUMNS.every((column) => names.includes(column))) {
    const at = (column: DatasetColumn) => names.indexOf(column);
    const columns = {
      time_end: at('time_end'),
      model: at('model'),
      launched: at('launched'),
      destroyed: at('destroyed'),
      not_reach_goal: at('not_reach_goal'),
      source: at('source'),
    };
    const outcomeColumns: Partial<Record<DatasetOutcome, number>> = {};
    for (const [field, column] of Object.entries(DATASET_OUTCOME_COLUMNS) as [DatasetOutcome, string][]) {
      if (names.includes(column)) outcomeColumns[field] = names.indexOf(column);
    }
    return { ok: true, detected: { format: 'dataset', width: names.length, columns, outcomeColumns } };
  }
  return { ok: false, error: explainHeader(names) };
}

function explainHeader(names: string[]): string {
  const line = names.join(',');
  const shown = line.length > 160 ? `${line.slice(0, 160)}…` : line;
  for (const [separator, label] of [[';', 'semicolons (;)'], ['\t', 'tabs']] as const) {
    if (names.length === 1 && line.includes(separator)) {
      const columns = line.split(separator).map((name) => name.trim());
      const oldDataset = columns.includes('time_end') && columns.includes('model') && !columns.includes('source');
      return (
        `The file separates its columns with ${label}; Air Tally reads comma-separated files.` +
        (oldDataset
          ? ' It also looks like an older version of the dataset without the "source" column, so the' +
            " Air Force's national reports cannot be told from regional ones: use the current" +
            ' missile_attacks_daily.csv (22 columns).'
          : ' Save it as comma-separated CSV (UTF-8) and try again.')
      );
    }
  }
  const nightNames = new Set<string>(NIGHT_EXPORT_COLUMNS);
  const nightLike = names.filter((name) => nightNames.has(name) && !EXPORT_COLUMNS.includes(name as never)).length;
  if (nightLike >= 3) {
    const missing = NIGHT_EXPORT_COLUMNS.filter((name) => !names.includes(name));
    const extra = names.filter((name) => !nightNames.has(name));
    const parts = [
      missing.length ? `missing ${missing.join(', ')}` : '',
      extra.length ? `unexpected ${extra.map((name) => `"${name}"`).join(', ')}` : '',
      !missing.length && !extra.length ? 'the columns are in another order' : '',
    ].filter(Boolean);
    return `Line 1: the header looks like Air Tally's per-night export but ${parts.join('; ')}. Expected exactly: ${NIGHT_EXPORT_HEADER}.`;
  }
  const ownNames = new Set<string>(EXPORT_COLUMNS);
  const ownLike = names.filter((name) => ownNames.has(name)).length;
  if (ownLike >= 3) {
    const missing = EXPORT_COLUMNS.filter((name) => !names.includes(name));
    const extra = names.filter((name) => !ownNames.has(name));
    const parts = [
      missing.length ? `missing ${missing.join(', ')}` : '',
      extra.length ? `unexpected ${extra.map((name) => `"${name}"`).join(', ')}` : '',
      !missing.length && !extra.length ? 'the columns are in another order' : '',
    ].filter(Boolean);
    return `Line 1: the header looks like Air Tally's export but ${parts.join('; ')}. Expected exactly: ${EXPORT_HEADER}.`;
  }
  const datasetLike = DATASET_COLUMNS.filter((name) => names.includes(name));
  if (datasetLike.length >= 3) {
    const missing = DATASET_COLUMNS.filter((name) => !names.includes(name));
    return `Line 1: the header looks like the dataset's missile_attacks_daily.csv but lacks ${missing.join(', ')}.`;
  }
  return (
    `Line 1: unrecognised header "${shown}". Expected Air Tally's export (${EXPORT_HEADER}), its per-night` +
    ` export (${NIGHT_EXPORT_HEADER}) or the public dataset's missile_attacks_daily.csv (${DATASET_HINT}).`
  );
}

