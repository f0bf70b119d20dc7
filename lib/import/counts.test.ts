import { describe, expect, it } from 'vitest';
import { parseDatasetCount, parseOwnCount } from './counts';

describe('dataset counts', () => {
  it.each([
    ['93.0', 93],
    ['0.0', 0],
    ['7', 7],
    [' 12.00 ', 12],
    ['', null],
    ['NaN', null],
    ['nan', null],
  ])('reads %j as %j', (cell, value) => {
    expect(parseDatasetCount(cell)).toEqual({ ok: true, value });
  });

  it.each([
    ['93.5', 'is not a whole number'],
    ['abc', 'is not a number'],
    ['-3.0', 'is negative'],
    ['1,5', 'is not a number'],
    ['100001.0', 'is more than 100,000'],
  ])('refuses %j: %s', (cell, message) => {
    expect(parseDatasetCount(cell)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });
});

describe('own export counts', () => {
  it('reads digits and empty cells only', () => {
    expect(parseOwnCount('114')).toEqual({ ok: true, value: 114 });
    expect(parseOwnCount('')).toEqual({ ok: true, value: null });
    expect(parseOwnCount('93.0')).toEqual({ ok: false, message: expect.stringContaining('not a whole number') });
    expect(parseOwnCount('-1')).toEqual({ ok: false, message: expect.stringContaining('negative') });
  });
});
