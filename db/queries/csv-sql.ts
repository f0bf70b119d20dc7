// CSV cells built by SQLite itself, for the streamed exports: per-row work in JavaScript is what makes an
// export slow (measured: about 1.4× `sqlite3 -csv` this way against over 2× formatting each cell in JS).
// The rules are lib/csv/cells.ts's csvCell, from the same character lists; a unit test holds the two to
// the same output. The rare text with a ";" or "|" (where a formula could start another cell) goes to
// csvCell itself, registered on the connection as csv_cell(): its rule needs a regular expression.
import type Database from 'better-sqlite3';
import { csvCell, FORMULA_TRIGGERS, SKIPPED_BEFORE_FORMULA } from '@/lib/csv/cells';

// One SQL string literal holding the characters themselves (tabs, line breaks and invisible characters
// included): built once into the statement, rather than from char() calls run on every row.
const literal = (chars: readonly string[]) => `'${chars.join('').replaceAll("'", "''")}'`;
const TRIGGERS = FORMULA_TRIGGERS.map((ch) => literal([ch])).join(', ');
const SKIPPED = literal(SKIPPED_BEFORE_FORMULA);

// Leading quotes, then what a spreadsheet skips, then a trigger: the value gets one more quote in front.
// A value starting with an ASCII letter or digit (nearly every weapon name and URL) is left at once.
const neutralised = (x: string) =>
  `(case when unicode(${x}) between 48 and 57 or unicode(${x}) between 65 and 90 or unicode(${x}) between 97 and 122 then ${x} ` +
  `when substr(ltrim(ltrim(${x}, ''''), ${SKIPPED}), 1, 1) in (${TRIGGERS}) then '''' || ${x} else ${x} end)`;

/** SQL for one text cell of the value `x` (a column or parameter), as csvCell(x) writes it. */
export const csvTextCellSql = (x: string) =>
  `(case when ${x} is null then '' ` +
  `when instr(${x}, ';') or instr(${x}, '|') then csv_cell(${x}) ` +
  `when instr(${x}, '"') or instr(${x}, ',') or instr(${x}, char(10)) or instr(${x}, char(13)) ` +
  `then '"' || replace(${neutralised(x)}, '"', '""') || '"' else ${neutralised(x)} end)`;

/** Registers csv_cell() on a connection that runs csvTextCellSql. */
export function registerCsvFunctions(db: Database.Database) {
  db.function('csv_cell', { deterministic: true }, (value: unknown) => csvCell(typeof value === 'string' ? value : null));
}
