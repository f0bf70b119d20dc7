import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRecord, EXPORT_HEADER, neutraliseFormula, restoreFormula } from './cells';

const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd', '＝1+1'];
// Formulas a spreadsheet still runs after the spaces and invisible characters it passes over.
const HIDDEN_FORMULAS = [' =HYPERLINK("http://evil.example","x")', '\u200b=1+2', '\u00a0 +1', '\ufeff@SUM(A1)', '\u2066-2+3', '\n=1'];
// Text that a spreadsheet reading ";" (or "|") as its separator splits into a cell holding a formula.
const SPLIT_PAYLOADS = ["x;=cmd|' /C calc'!A0", 'a|=1+1', 'name; +1', 'url?a=1;\u200b-2', "x;'=y"];
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
  'https://example.org/a;b=c|d',
  ';',
  '|',
  ';=',
  "';'=",
  ...FORMULAS,
  ...HIDDEN_FORMULAS,
  ...SPLIT_PAYLOADS,
];

describe('formula neutralisation', () => {
  it('prefixes a single quote to every cell a spreadsheet would run as a formula', () => {
    for (const value of FORMULAS) expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it('prefixes a quote to a formula hidden behind spaces or invisible characters', () => {
    for (const value of HIDDEN_FORMULAS) expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it('puts a quote before a formula that a ";" or "|" would start as a cell of its own', () => {
    expect(neutraliseFormula("x;=cmd|' /C calc'!A0")).toBe("x;'=cmd|' /C calc'!A0");
    expect(neutraliseFormula('a|=1+1')).toBe("a|'=1+1");
    expect(neutraliseFormula('name; +1')).toBe("name; '+1");
    expect(neutraliseFormula("=a;-b")).toBe("'=a;'-b");
    // What a ";"-reading spreadsheet makes of it: no cell starts with a formula any more.
    for (const value of SPLIT_PAYLOADS) {
      const cells = neutraliseFormula(value).split(/[;|]/);
      expect(cells.every((cell) => !/^[\s\u200b]*[=+\-@]/.test(cell)), value).toBe(true);
    }
  });

  it('leaves ordinary text alone, including text that already starts with a quote', () => {
    for (const value of ['Shahed-136/131', 'https://t.me/kpszsu/123', "'hello", 'a=b', 'spaced =later', 'a;b', 'https://example.org/a;b=c|d']) {
      expect(neutraliseFormula(value)).toBe(value);
    }
  });

  it('is undone exactly by restoreFormula, whatever the value', () => {
    for (const value of TRICKY) expect(restoreFormula(neutraliseFormula(value))).toBe(value);
    // Random strings over the characters that matter.
    const alphabet = ["'", '=', '+', '-', '@', '\t', '\r', 'a', ',', '"', ';', '|', ' ', '\u200b', '\n'];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const seen = new Map<string, string>();
    for (let i = 0; i < 20000; i += 1) {
      const value = Array.from({ length: Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const out = neutraliseFormula(value);
      expect(restoreFormula(out)).toBe(value);
      // One-to-one: no two values export alike.
      expect(seen.get(out) ?? value).toBe(value);
      seen.set(out, value);
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
