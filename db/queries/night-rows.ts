// The query behind /export-nights.csv: one target's nights in a date range, one CSV line per night, by
// date, built by SQLite (csv-sql.ts) and read row by row from a read-only connection, like the figures.
import { NIGHT_EXPORT_COLUMNS, type NightExportColumn } from '@/lib/csv/night-columns';
import type { ExportFilters } from '@/lib/csv/export-filters';
import { csvTextCellSql } from './csv-sql';
import { filterParams, openReader, type RowReader } from './figure-rows';

const count = (column: string) => `coalesce(n.${column}, '')`;

// Qualifiers and the target need no quoting: the schema's CHECKs keep them to a few plain words.
const COLUMN_SQL: Record<NightExportColumn, string> = {
  date: 'n.date',
  target: 'n.target',
  source_name: csvTextCellSql('n.source_name'),
  source_url: csvTextCellSql('n.source_url'),
  hits_missile: count('hits_missile'),
  hits_missile_qualifier: count('hits_missile_qualifier'),
  hits_drone: count('hits_drone'),
  hits_drone_qualifier: count('hits_drone_qualifier'),
  places_hit: count('places_hit'),
  places_hit_qualifier: count('places_hit_qualifier'),
  places_debris: count('places_debris'),
  places_debris_qualifier: count('places_debris_qualifier'),
  shaheds: count('shaheds'),
  shaheds_qualifier: count('shaheds_qualifier'),
  statement: csvTextCellSql('n.statement'),
  notes: csvTextCellSql('n.notes'),
};

const NIGHT_LINES_SQL = `select ${NIGHT_EXPORT_COLUMNS.map((column) => COLUMN_SQL[column]).join(" || ',' || ")} || char(13, 10)
  from nights n
  where n.target = @target and n.date between @from and @to
  order by n.date`;

/** The nights' CSV records, each with its line ending. */
export function openNightCsvLines(filters: ExportFilters, file: string): RowReader<string> {
  return openReader<string>(file, () => ({ sql: NIGHT_LINES_SQL, params: filterParams(filters) }), true);
}
