import { describe, expect, it } from 'vitest';
import { rangeQuerySchema, readQuery, seriesQuerySchema, targetQuerySchema } from './query';

const read = (schema: Parameters<typeof readQuery>[0], query: string) => readQuery(schema, new URLSearchParams(query));

describe('API query parameters', () => {
  it('reads a valid range, and empty values as absent', () => {
    expect(read(seriesQuerySchema, 'from=2025-06-01&to=2025-06-30&target=RU&granularity=week')).toEqual({
      ok: true,
      value: { from: '2025-06-01', to: '2025-06-30', target: 'RU', granularity: 'week' },
    });
    expect(read(rangeQuerySchema, 'from=&to=2025-06-30')).toEqual({ ok: true, value: { to: '2025-06-30' } });
    expect(read(targetQuerySchema, '')).toEqual({ ok: true, value: {} });
  });

  it.each([
    ['from=2025-02-30', /"from" must be a real date/],
    ['to=30.06.2025', /"to" must be a real date/],
    ['from=2025-07-01&to=2025-06-01', /"from" is after "to"/],
    ['target=XX', /"target" must be one of UA, RU \(got "XX"\)/],
    ['granularity=year', /"granularity" must be one of night, week, month/],
    ['form=2025-06-01', /Unknown parameter "form"/],
    ['target=UA&target=RU', /"target" is given more than once/],
  ])('refuses %s with a message', (query, message) => {
    const result = read(seriesQuerySchema, query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses what an endpoint does not take, such as a range for the latest night', () => {
    const result = read(targetQuerySchema, 'from=2025-06-01');
    expect(result).toEqual({ ok: false, error: 'Unknown parameter "from".' });
  });

  it('quotes a long refused value shortly', () => {
    const result = read(targetQuerySchema, `target=${'x'.repeat(500)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeLessThan(120);
  });
});
