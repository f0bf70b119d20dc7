// CSV cells as the export writes them and the importer reads them back: RFC 4180 quoting, and formula
// neutralisation (OWASP "CSV injection") that the importer undoes exactly, so export → import → export
// gives the same bytes.
//
// Not csv-stringify: its escape_formulas cannot be undone (a value that already starts with "'=" comes
// out unchanged, and reading it back would strip a quote that was never added), and the exports build
// their lines inside SQLite for speed (db/queries/csv-sql.ts), from the same character lists.

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

/**
 * Characters a spreadsheet may pass over before it reads a formula, so ` =HYPERLINK(…)` or "\u200b=1+2"
 * is as dangerous as "=…": spaces, line breaks, and invisible format characters (zero-width spaces and
 * joiners, direction marks and isolates, soft hyphen, byte-order mark, Hangul fillers).
 */
export const SKIPPED_BEFORE_FORMULA: readonly string[] = [
  ' ', '\n', '\u00a0', '\u00ad', '\u034f', '\u115f', '\u1160', '\u1680', '\u180e',
  ...range(0x2000, 0x200f), ...range(0x2028, 0x202f), ...range(0x205f, 0x2064), ...range(0x2066, 0x206f),
  '\u3000', '\u3164', '\ufeff', '\uffa0',
];

/**
 * Where a cell's text could start another cell: after ";" (the separator of spreadsheets set to
 * semicolon-separated CSV, which read "x;=cmd|…" as two cells) and "|" (another separator some tools use).
 */
export const CELL_SEPARATORS = [';', '|'] as const;

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
}

const charClass = (chars: readonly string[]) => chars.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const TRIGGER = `[${charClass(FORMULA_TRIGGERS)}]`;
const SKIPPED = `[${charClass(SKIPPED_BEFORE_FORMULA)}]*`;
const SEPARATOR = `[${charClass(CELL_SEPARATORS)}]`;
// Any number of single quotes, then what a spreadsheet skips, then a trigger: the values the prefix
// applies to. Counting the quotes that are already there is what makes the prefix reversible; the same
// holds after each separator, where the quote goes in after the skipped characters.
const NEEDS_PREFIX = new RegExp(`^'*${SKIPPED}${TRIGGER}`);
const HAS_PREFIX = new RegExp(`^'+${SKIPPED}${TRIGGER}`);
const NEEDS_INNER = new RegExp(`(${SEPARATOR}${SKIPPED})(?='*${TRIGGER})`, 'g');
const HAS_INNER = new RegExp(`(${SEPARATOR}${SKIPPED})'(?='*${TRIGGER})`, 'g');
const HAS_SEPARATOR = new RegExp(SEPARATOR);
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Puts a single quote before a formula a spreadsheet would run: at the start of the value, and after a
 * ";" or "|" that a spreadsheet could split a cell at.
 */
export function neutraliseFormula(value: string): string {
  const inner = HAS_SEPARATOR.test(value) ? value.replace(NEEDS_INNER, "$1'") : value;
  return NEEDS_PREFIX.test(inner) ? `'${inner}` : inner;
}

/** Undoes neutraliseFormula exactly: restoreFormula(neutraliseFormula(v)) === v for every string. */
export function restoreFormula(value: string): string {
  const outer = HAS_PREFIX.test(value) ? value.slice(1) : value;
  return HAS_SEPARATOR.test(outer) ? outer.replace(HAS_INNER, '$1') : outer;
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
