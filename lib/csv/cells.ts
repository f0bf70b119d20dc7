// CSV cells as the export writes them and the importer reads them back: RFC 4180 quoting, and formula
// neutralisation (OWASP "CSV injection") that the importer undoes exactly, so export → import → export
// gives the same bytes.
//
// Not csv-stringify: its escape_formulas cannot be undone (a value that already starts with "'=" comes
// out unchanged, and reading it back would strip a quote that was never added), and the export builds
// its lines inside SQLite for speed (db/queries/figure-rows.ts), from the same FORMULA_TRIGGERS.

export const EXPORT_COLUMNS = [
  'date',
  'target',
  'weapon',
  'category',
  'class',
  'launched',
  'shot_down',
  'lost',
  'source_url',
] as const;

export const EXPORT_HEADER = EXPORT_COLUMNS.join(',');

/** RFC 4180 ends records with CRLF. */
export const RECORD_DELIMITER = '\r\n';

/**
 * First characters that make a spreadsheet run a cell as a formula: OWASP's list, plus the full-width
 * forms that some spreadsheets normalise (the same list csv-stringify's escape_formulas uses).
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'] as const;

const TRIGGER_CLASS = FORMULA_TRIGGERS.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
// Any number of single quotes, then a trigger: the values the prefix applies to. Counting the quotes
// that are already there is what makes the prefix reversible.
const NEEDS_PREFIX = new RegExp(`^'*[${TRIGGER_CLASS}]`);
const HAS_PREFIX = new RegExp(`^'+[${TRIGGER_CLASS}]`);
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes a single quote to a value a spreadsheet would run as a formula. */
export function neutraliseFormula(value: string): string {
  return NEEDS_PREFIX.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseFormula exactly: restoreFormula(neutraliseFormula(v)) === v for every string. */
export function restoreFormula(value: string): string {
  return HAS_PREFIX.test(value) ? value.slice(1) : value;
}

/** One cell: empty for unknown, numbers as digits, text neutralised and quoted when RFC 4180 needs it. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = neutraliseFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One record with its line ending. */
export function csvRecord(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(',') + RECORD_DELIMITER;
}
