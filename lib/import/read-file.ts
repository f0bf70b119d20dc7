// Reads an import file as a stream of text: finds its format from the header, maps every row, and
// returns the batch of nights with what was skipped and why, or a refusal for the file as a whole.
// Used alike by the /import page's route and `npm run import`.
import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { todayInKyiv } from '@/lib/dates';
import { createBatchCollector, type ImportBatch } from './batch';
import { createDatasetRowReader, datasetNightFields } from './dataset-rows';
import { ImportFileError } from './decode';
import { detectFormat, type DetectedFormat, type ImportFormat } from './formats';
import { MAX_ROW_BYTES, MAX_ROW_ERRORS } from './limits';
import { createOwnNightRowReader } from './own-night-rows';
import { createOwnRowReader, ownNightFields } from './own-rows';
import { createWeaponResolver, type KnownWeapon } from './weapons';

export type ReadOptions = {
  /** The weapons in the database now, to match names against. */
  weapons: readonly KnownWeapon[];
  /** Dates after this are refused (default: today in Kyiv). */
  today?: string;
  /** Called every `progressEvery` rows (default 1,000) with the rows read so far. */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
};

export type ReadResult =
  | { ok: true; batch: ImportBatch }
  | { ok: false; fatal: string; format: ImportFormat | null; rowsRead: number };

export async function readImportFile(
  source: AsyncIterable<string> | Iterable<string>,
  options: ReadOptions,
): Promise<ReadResult> {
  const today = options.today ?? todayInKyiv();
  const every = options.progressEvery ?? 1000;
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_ROW_BYTES,
  });
  // pipeline, not pipe: an error in the source (too large, not UTF-8) reaches the loop below.
  pipeline(Readable.from(source), parser, () => {});

  const resolver = createWeaponResolver(options.weapons);
  let reader: FormatReader | null = null;
  let rows = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // info.lines is the line a record ends on; a quoted cell may span lines.
      const line = info.lines - newlines(record);
      if (!reader) {
        const detected = detectFormat(record);
        if (!detected.ok) {
          parser.destroy();
          return { ok: false, fatal: detected.error, format: null, rowsRead: 0 };
        }
        reader = createReader(detected.detected, resolver, today);
        continue;
      }
      rows += 1;
      reader.read(record, line);
      if (rows % every === 0) options.onProgress?.(rows);
      if (reader.errorCount() >= MAX_ROW_ERRORS) {
        parser.destroy();
        const batch = reader.finish();
        batch.notes.unshift(`Reading stopped at line ${line} after ${MAX_ROW_ERRORS.toLocaleString('en-GB')} bad rows.`);
        return { ok: true, batch };
      }
    }
  } catch (error) {
    return { ok: false, fatal: fileErrorMessage(error, parser.info.records === 0), format: reader?.format ?? null, rowsRead: rows };
  }
  if (!reader) return { ok: false, fatal: 'The file is empty: there is no header row.', format: null, rowsRead: 0 };
  options.onProgress?.(rows);
  return { ok: true, batch: reader.finish() };
}

const REPLACES =
  "Each night in the file replaces the stored night's figures as a whole: figures stored for weapons the file" +
  ' does not give for that night are removed (listed with their counts under the nights to change).' +
  " Nights not in the file are left as they are. An editor's statement and own notes are kept.";

const REPLACES_FIELDS =
  "Each night in the file gets the file's source, outcomes, statement and notes, exactly (an empty cell clears" +
  " the stored value); its figures are left as they are (they are in the figures export). A night that is not" +
  ' stored yet is created without figures: import the figures export too. Nights not in the file are left as they are.';

type FormatReader = {
  format: ImportFormat;
  read: (cells: string[], line: number) => void;
  errorCount: () => number;
  finish: () => ImportBatch;
};

function createReader(detected: DetectedFormat, resolver: ReturnType<typeof createWeaponResolver>, today: string): FormatReader {
  if (detected.format === 'own') {
    const collector = createBatchCollector('own', { sumRepeats: false });
    const rows = createOwnRowReader({ resolver, collector, today });
    return {
      format: 'own',
      read: (cells, line) => {
        collector.countRow();
        rows.read(cells, line);
      },
      errorCount: collector.errorCount,
      finish: () => {
        collector.note(REPLACES);
        return collector.finish(ownNightFields);
      },
    };
  }
  if (detected.format === 'own-nights') {
    const collector = createBatchCollector('own-nights', { sumRepeats: false });
    const rows = createOwnNightRowReader({ collector, today });
    return {
      format: 'own-nights',
      read: (cells, line) => {
        collector.countRow();
        rows.read(cells, line);
      },
      errorCount: collector.errorCount,
      finish: () => {
        collector.note(REPLACES_FIELDS);
        return collector.finish(() => ({}));
      },
    };
  }
  const collector = createBatchCollector('dataset', { sumRepeats: true });
  const rows = createDatasetRowReader({
    columns: detected.columns,
    outcomeColumns: detected.outcomeColumns,
    width: detected.width,
    resolver,
    collector,
    today,
  });
  return {
    format: 'dataset',
    read: (cells, line) => {
      collector.countRow();
      rows.read(cells, line);
    },
    errorCount: collector.errorCount,
    finish: () => {
      rows.finishNotes();
      collector.note(REPLACES);
      return collector.finish(datasetNightFields);
    },
  };
}

function newlines(record: readonly string[]): number {
  let count = 0;
  for (const cell of record) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) count += 1;
  }
  return count;
}

function fileErrorMessage(error: unknown, beforeHeader: boolean): string {
  if (error instanceof ImportFileError) return error.message;
  if (!(error instanceof CsvError)) throw error;
  const line = 'lines' in error && typeof error.lines === 'number' ? error.lines : null;
  const where = line === null ? '' : `Line ${line}: `;
  const suffix = beforeHeader ? ' This does not look like a CSV file with a header row.' : ' Nothing was imported.';
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `Broken quoting: a quoted cell that opens on or before line ${line ?? '?'} is never closed.${suffix}`;
    case 'INVALID_OPENING_QUOTE':
      return `${where}broken quoting: a quote (") inside a cell that does not start with one. Quote the whole cell and double the quotes inside it.${suffix}`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `${where}broken quoting: text follows a closing quote (") inside a cell.${suffix}`;
    case 'CSV_MAX_RECORD_SIZE':
      return `${where}a row longer than ${MAX_ROW_BYTES.toLocaleString('en-GB')} characters.${suffix}`;
    default:
      return `${where}${error.message}.${suffix}`;
  }
}
