// The one query behind /export.csv and /api/nights (Datasette's idea: one query, several renderings):
// the figures of one target's nights in a date range, one row per night and weapon, by date and then
// weapon. Read from a separate read-only connection, row by row, so exports of any size stream.
import Database from 'better-sqlite3';
import { FORMULA_TRIGGERS } from '@/lib/csv/cells';
import { dateBounds, type ExportFilters } from '@/lib/csv/export-filters';

const FROM_WHERE_ORDER = `
  from nights n
  join figures f on f.night_id = n.id
  join weapons w on w.id = f.weapon_id
  where n.target = @target and n.date between @from and @to
  order by n.date, w.category, w.name, w.id`;

/** date, target, weapon, category, class, launched, shot_down, lost, source_url: the export's columns. */
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

const ROWS_SQL = `select n.date, n.target, w.name, w.category, w.class, f.launched, f.shot_down, f.lost, n.source_url
  ${FROM_WHERE_ORDER}`;

// The CSV line is built by SQLite itself: per-row work in JavaScript is what makes an export slow
// (measured: about 1.4× `sqlite3 -csv` this way against over 2× formatting each cell in JS). The rules
// are lib/csv/cells.ts's csvCell, from the same trigger list; a unit test holds the two to the same output.
// Records end with CRLF (RFC 4180, as RECORD_DELIMITER).
// date, target, category and class need no quoting: the schema's CHECKs keep them to digits and names.
const sqlChar = (ch: string) => (ch === '\t' ? 'char(9)' : ch === '\r' ? 'char(13)' : `'${ch.replaceAll("'", "''")}'`);
const TRIGGERS = FORMULA_TRIGGERS.map(sqlChar).join(', ');
const neutralised = (x: string) => `(case when substr(ltrim(${x}, ''''), 1, 1) in (${TRIGGERS}) then '''' || ${x} else ${x} end)`;
export const csvTextCellSql = (x: string) =>
  `(case when ${x} is null then '' ` +
  `when instr(${x}, '"') or instr(${x}, ',') or instr(${x}, char(10)) or instr(${x}, char(13)) ` +
  `then '"' || replace(${neutralised(x)}, '"', '""') || '"' else ${neutralised(x)} end)`;

const CSV_LINES_SQL = `select n.date || ',' || n.target || ',' || ${csvTextCellSql('w.name')} || ',' || w.category
  || ',' || w.class || ',' || coalesce(f.launched, '') || ',' || coalesce(f.shot_down, '') || ','
  || coalesce(f.lost, '') || ',' || ${csvTextCellSql('n.source_url')} || char(13, 10)
  ${FROM_WHERE_ORDER}`;

/** Rows as they come from SQLite; close() must be called when done (or given up). */
export type RowReader<T> = { rows: IterableIterator<T>; close: () => void };

function openReader<T>(sqlText: string, filters: ExportFilters, file: string, pluck: boolean): RowReader<T> {
  // A connection of its own: while iterate() runs, its connection can run nothing else.
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
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

/** The same rows as values, for JSON. */
export function openFigureRows(filters: ExportFilters, file: string): RowReader<FigureRow> {
  return openReader<FigureRow>(ROWS_SQL, filters, file, false);
}
