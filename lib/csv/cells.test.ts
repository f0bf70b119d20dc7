import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRecord, EXPORT_HEADER, neutraliseFormula, restoreFormula } from './cells';

const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd', '＝1+1'];
const TRICKY = [
  '',
  "'",
  "''",
  "'=already quoted",
  "''=twice",
  "'plain with a quote",
  'Kh-101/Kh-555',
  'X-101/X-555 and Kalibr',
  'a, b',
  'say "hi"',
  'two\nlines',
  'crlf\r\nend',
  '-',
  '=',
  "'-5",
  'Молнія',
  ...FORMULAS,
];

describe('formula neutralisation', () => {
  it('prefixes a single quote to every cell a spreadsheet would run as a formula', () => {
    for (const value of FORMULAS) expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone, including text that already starts with a quote', () => {
    for (const value of ['Shahed-136/131', 'https://t.me/kpszsu/123', "'hello", 'a=b', ' =spaced']) {
      expect(neutraliseFormula(value)).toBe(value);
    }
  });

  it('is undone exactly by restoreFormula, whatever the value', () => {
    for (const value of TRICKY) expect(restoreFormula(neutraliseFormula(value))).toBe(value);
    // Random strings over the characters that matter.
    const alphabet = ["'", '=', '+', '-', '@', '\t', '\r', 'a', ',', '"'];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i += 1) {
      const value = Array.from({ length: Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(restoreFormula(neutraliseFormula(value))).toBe(value);
    }
  });

  it('is one-to-one: two different values never export alike', () => {
    const seen = new Map<string, string>();
    for (const value of TRICKY) {
      const out = neutraliseFormula(value);
      expect(seen.get(out) ?? value).toBe(value);
      seen.set(out, value);
    }
  });
});

describe('CSV cells', () => {
  it('writes unknown as an empty cell and numbers as digits', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(114)).toBe('114');
  });

  it('quotes as RFC 4180 says, like csv-stringify does for the neutralised value', () => {
    for (const value of TRICKY) {
      // csv-stringify leaves a lone carriage return unquoted, which parsers read as a line break: we quote it.
      const options = { record_delimiter: '\n', quoted_match: /\r/ };
      const reference = stringify([[neutraliseFormula(value)]], options).replace(/\n$/, '');
      expect(csvCell(value)).toBe(reference);
    }
  });

  it('reads back through a CSV parser as the neutralised value', () => {
    const text = EXPORT_HEADER + '\r\n' + TRICKY.map((value) => csvRecord(['2025-04-26', 'UA', value, 'drone', 'attack', 1, null, 0, null])).join('');
    const rows: string[][] = parse(text, { relax_column_count: false });
    expect(rows[0]?.join(',')).toBe(EXPORT_HEADER);
    expect(rows.slice(1).map((row) => restoreFormula(row[2] ?? ''))).toEqual(TRICKY);
    expect(rows[1]?.slice(5)).toEqual(['1', '', '0', '']);
  });

  it('ends records with CRLF', () => {
    expect(csvRecord(['a', 1, null])).toBe('a,1,\r\n');
  });
});
