// The one query behind /export.csv and /api/nights (Datasette's idea: one query, several renderings):
// the figures of one target's nights in a date range, by date and then weapon. Read from a separate
// read-only connection, row by row, so exports of any size stream (/export-nights.csv, one row per
// night, reads through the same reader: night-rows.ts).
import Database from 'better-sqlite3';
import { characterAbsentFrom } from '@/lib/csv/absent-character';
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

// The CSV is built by SQLite itself, one night per row: per-row work in JavaScript is what makes an
// export slow. Measured at 751,073 rows (CPU time, the lowest of three runs against `sqlite3 -csv` on the
// same file): a line per figure 1.6–1.8×; a night per row 1.15–1.2×. Within a night the lines are joined
// with a separator that no weapon name holds, then the separator is replaced by the line end and the next
// line's start, so the night's date, target and source cell are formatted once per night, not per figure.
// Cells are csv-sql.ts's, held to lib/csv/cells.ts's csvCell by a unit test. Records end with CRLF
// (RFC 4180, as RECORD_DELIMITER). date, target, category and class need no quoting: the schema's CHECKs
// keep them to digits and names.
const NIGHT_HEAD = `(n.date || ',' || n.target || ',')`;
const NIGHT_TAIL = `(',' || ${csvTextCellSql('n.source_url')} || char(13, 10))`;
const FIGURE_CELLS = `concat_ws(',', ${csvTextCellSql('w.name')}, w.category, w.class,
  coalesce(f.launched, ''), coalesce(f.shot_down, ''), coalesce(f.lost, ''))`;
// A night without figures gives null (the export lists figures, as the join above does for JSON).
const CSV_NIGHTS_SQL = `select ${NIGHT_HEAD} || replace(
    (select group_concat(${FIGURE_CELLS}, @separator order by w.category, w.name, w.id)
     from figures f join weapons w on w.id = f.weapon_id where f.night_id = n.id),
    @separator, ${NIGHT_TAIL} || ${NIGHT_HEAD}) || ${NIGHT_TAIL}
  from nights n
  where n.target = @target and n.date between @from and @to
  order by n.date`;

/** Rows as they come from SQLite; close() must be called when done (or given up). */
export type RowReader<T> = { rows: IterableIterator<T>; close: () => void };

export function openReader<T>(
  file: string,
  query: (db: Database.Database) => { sql: string; params: Record<string, string> },
  pluck: boolean,
): RowReader<T> {
  // A connection of its own: while iterate() runs, its connection can run nothing else.
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    registerCsvFunctions(db);
    // One snapshot for everything the export reads, the weapon names included.
    db.exec('begin');
    const { sql, params } = query(db);
    const statement = db.prepare<Record<string, string>, T>(sql);
    if (pluck) statement.pluck();
    else statement.raw();
    const rows = statement.iterate(params);
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

export const filterParams = (filters: ExportFilters) => ({ target: filters.target, ...dateBounds(filters) });

/** The export's records, a night at a time (one string holding its figures' lines); null for none. */
export function openFigureCsvLines(filters: ExportFilters, file: string): RowReader<string | null> {
  return openReader<string | null>(
    file,
    (db) => {
      const names = db.prepare<[], string>('select name from weapons').pluck().all();
      return { sql: CSV_NIGHTS_SQL, params: { ...filterParams(filters), separator: characterAbsentFrom(names) } };
    },
    true,
  );
}

/** The same rows as values, one per night and weapon, with their night's outcomes, for JSON. */
export function openFigureRows(filters: ExportFilters, file: string): RowReader<[...FigureRow, ...NightOutcomeCells]> {
  return openReader(file, () => ({ sql: ROWS_SQL, params: filterParams(filters) }), false);
}
