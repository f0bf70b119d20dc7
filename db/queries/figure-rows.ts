// The one query behind /export.csv and /api/nights (Datasette's idea: one query, several renderings):
// the figures of one target's nights in a date range, one row per night and weapon, by date and then
// weapon. Read from a separate read-only connection, row by row, so exports of any size stream
// (/export-nights.csv, one row per night, reads through the same reader: night-rows.ts).
import Database from 'better-sqlite3';
import { dateBounds, type ExportFilters } from '@/lib/csv/export-filters';
import type { Qualifier } from '@/lib/domain';
import { csvTextCellSql, registerCsvFunctions } from './csv-sql';

const FROM_WHERE_ORDER = `
  from nights n
  join figures f on f.night_id = n.id
  join weapons w on w.id = f.weapon_id
  where n.target = @target and n.date between @from and @to
  order by n.date, w.category, w.name, w.id`;

/** The export's columns (date, target, weapon, category, class, launched, shot_down, lost, source_url). */
export type FigureRow = [
  date: string,
  target: string,
  weapon: string,
  category: string,
  weaponClass: string,
  launched: number | null,
  shotDown: number | null,
  lost: number | null,
  sourceUrl: string | null,
];

/** The night's outcomes, repeated on each of its rows for the JSON API: counts, then their qualifiers. */
export type NightOutcomeCells = [
  hitsMissile: number | null,
  hitsDrone: number | null,
  placesHit: number | null,
  placesDebris: number | null,
  shaheds: number | null,
  hitsMissileQualifier: Qualifier | null,
  hitsDroneQualifier: Qualifier | null,
  placesHitQualifier: Qualifier | null,
  placesDebrisQualifier: Qualifier | null,
  shahedsQualifier: Qualifier | null,
];

const ROWS_SQL = `select n.date, n.target, w.name, w.category, w.class, f.launched, f.shot_down, f.lost, n.source_url,
  n.hits_missile, n.hits_drone, n.places_hit, n.places_debris, n.shaheds, n.hits_missile_qualifier,
  n.hits_drone_qualifier, n.places_hit_qualifier, n.places_debris_qualifier, n.shaheds_qualifier
  ${FROM_WHERE_ORDER}`;

// The CSV line is built by SQLite itself (see csv-sql.ts). Records end with CRLF (RFC 4180, as
// RECORD_DELIMITER). date, target, category and class need no quoting: the schema's CHECKs keep them to
// digits and names.
const CSV_LINES_SQL = `select n.date || ',' || n.target || ',' || ${csvTextCellSql('w.name')} || ',' || w.category
  || ',' || w.class || ',' || coalesce(f.launched, '') || ',' || coalesce(f.shot_down, '') || ','
  || coalesce(f.lost, '') || ',' || ${csvTextCellSql('n.source_url')} || char(13, 10)
  ${FROM_WHERE_ORDER}`;

/** Rows as they come from SQLite; close() must be called when done (or given up). */
export type RowReader<T> = { rows: IterableIterator<T>; close: () => void };

export function openReader<T>(sqlText: string, filters: ExportFilters, file: string, pluck: boolean): RowReader<T> {
  // A connection of its own: while iterate() runs, its connection can run nothing else.
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    registerCsvFunctions(db);
    const statement = db.prepare<{ target: string; from: string; to: string }, T>(sqlText);
    if (pluck) statement.pluck();
    else statement.raw();
    const rows = statement.iterate({ target: filters.target, ...dateBounds(filters) });
    let open = true;
    return {
      rows,
      close: () => {
        if (!open) return;
        open = false;
        rows.return?.();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The export's rows, each already one CSV record with its line ending. */
export function openFigureCsvLines(filters: ExportFilters, file: string): RowReader<string> {
  return openReader<string>(CSV_LINES_SQL, filters, file, true);
}

/** The same rows as values, with their night's outcomes, for JSON. */
export function openFigureRows(filters: ExportFilters, file: string): RowReader<[...FigureRow, ...NightOutcomeCells]> {
  return openReader(ROWS_SQL, filters, file, false);
}
