import { describe, expect, it } from 'vitest';
import { figureFormat, formatCount } from './format';

describe('figures per language', () => {
  const en = figureFormat('en', 'n/a');
  const uk = figureFormat('uk', 'н/д');

  it('groups thousands as each language does and keeps unknown apart from 0', () => {
    expect(en.count(1234)).toBe('1,234');
    expect(uk.count(1234).replace(/\s/g, ' ')).toBe('1 234');
    expect(en.count(0)).toBe('0');
    expect(en.count(null)).toBe('n/a');
    expect(uk.count(undefined)).toBe('н/д');
    expect(formatCount(null)).toBe('n/a');
  });

  it('writes rates and dates per language', () => {
    expect(en.rate(0.8734)).toBe('87.3%');
    expect(uk.rate(0.8734).replace(/\s/g, ' ')).toBe('87,3%');
    expect(en.rate(null)).toBe('n/a');
    expect(en.date('2026-04-05')).toBe('5 April 2026');
    expect(uk.date('2026-04-05')).toBe('5 квітня 2026');
    expect(en.date('2026-04-05', 'short')).toBe('5 Apr 2026');
    expect(uk.date('2026-04-05', 'weekday')).toBe('неділя');
  });

  it('never shows an approximate figure as exact', () => {
    expect(en.qualified(200, 'about')).toBe('≈\u00a0200');
    expect(en.qualified(100, 'more-than')).toBe('>\u00a0100');
    expect(uk.qualified(1200, 'less-than').replace(/\s/g, ' ')).toBe('< 1 200');
    expect(en.qualified(14, null)).toBe('14');
    expect(en.qualified(null, 'about')).toBe('n/a');
  });
});
