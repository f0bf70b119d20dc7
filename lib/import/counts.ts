// Reading one count cell. Unknown (empty, or the dataset's NaN) is null, never 0; anything that is not
// a whole, non-negative number is an error for that row, never rounded.
import { MAX_COUNT } from '@/lib/domain';

export type CountCell = { ok: true; value: number | null } | { ok: false; message: string };

const WHOLE = /^\d+$/;
// The dataset writes counts as floats: "93.0" is 93.
const WHOLE_FLOAT = /^(\d+)(?:\.0*)?$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A count in Air Tally's export: digits or empty. */
export function parseOwnCount(cell: string): CountCell {
  const text = cell.trim();
  if (text === '') return { ok: true, value: null };
  if (WHOLE.test(text)) return bounded(Number(text), text);
  return { ok: false, message: notACount(text) };
}

/** A count in the public dataset: "93.0", empty or NaN. */
export function parseDatasetCount(cell: string): CountCell {
  const text = cell.trim();
  if (text === '' || text.toLowerCase() === 'nan') return { ok: true, value: null };
  const match = WHOLE_FLOAT.exec(text);
  if (match) return bounded(Number(match[1]), text);
  return { ok: false, message: notACount(text) };
}

function bounded(value: number, text: string): CountCell {
  if (value > MAX_COUNT) {
    return { ok: false, message: `"${text}" is more than ${MAX_COUNT.toLocaleString('en-GB')}` };
  }
  return { ok: true, value };
}

function notACount(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (!NUMBER.test(text)) return `"${shown}" is not a number`;
  if (Number(text) < 0) return `"${shown}" is negative`;
  return `"${shown}" is not a whole number`;
}
