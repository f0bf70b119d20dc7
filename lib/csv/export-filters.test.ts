import { describe, expect, it } from 'vitest';
import { dateBounds, exportFileName, parseExportFilters } from './export-filters';

const parse = (query: string) => parseExportFilters(new URLSearchParams(query));

describe('export filters', () => {
  it('reads from, to and target, defaulting to all dates and UA', () => {
    expect(parse('from=2025-06-01&to=2025-06-30&target=RU')).toEqual({
      ok: true,
      filters: { from: '2025-06-01', to: '2025-06-30', target: 'RU' },
    });
    expect(parse('')).toEqual({ ok: true, filters: { from: null, to: null, target: 'UA' } });
  });

  it.each([
    ['from=2025-02-30', '"from" must be a real date'],
    ['to=2025-13-01', '"to" must be a real date'],
    ['from=yesterday', '"from" must be a real date'],
    ['from=2025-07-01&to=2025-06-30', '"from" (2025-07-01) is after "to" (2025-06-30)'],
    ['target=XX', '"target" must be one of UA, RU'],
    ['target=ua', '"target" must be one of UA, RU'],
  ])('refuses %s with a message', (query, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('quotes a long refused value shortened, not whole', () => {
    const result = parse(`to=${'9'.repeat(5000)}`);
    expect(result).toEqual({ ok: false, error: `"to" must be a real date written YYYY-MM-DD (got "${'9'.repeat(40)}…").` });
  });

  it('names the file after the range', () => {
    expect(exportFileName({ from: '2025-06-01', to: '2025-06-30', target: 'UA' })).toBe('air-tally-UA-2025-06-01-to-2025-06-30.csv');
    expect(exportFileName({ from: '2025-06-01', to: null, target: 'RU' })).toBe('air-tally-RU-from-2025-06-01.csv');
    expect(exportFileName({ from: null, to: null, target: 'UA' })).toBe('air-tally-UA-all-dates.csv');
  });

  it('gives open ends bounds that cover every date', () => {
    expect(dateBounds({ from: null, to: '2025-01-01', target: 'UA' })).toEqual({ from: '0000-01-01', to: '2025-01-01' });
  });
});
