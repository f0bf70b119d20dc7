import { describe, expect, it } from 'vitest';
import { chooseCoding } from './content-coding';

describe('content coding', () => {
  it('prefers brotli, then gzip, as the client accepts them and the answer has them', () => {
    expect(chooseCoding('gzip, deflate, br, zstd', ['br', 'gzip'])).toBe('br');
    expect(chooseCoding('gzip, deflate', ['br', 'gzip'])).toBe('gzip');
    expect(chooseCoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(chooseCoding('br;q=0, gzip', ['br', 'gzip'])).toBe('gzip');
    expect(chooseCoding(undefined, ['br', 'gzip'])).toBe('identity');
    expect(chooseCoding('identity', ['br', 'gzip'])).toBe('identity');
    expect(chooseCoding('*', ['br', 'gzip'])).toBe('br');
    expect(chooseCoding('*;q=0, gzip;q=0.5', ['br', 'gzip'])).toBe('gzip');
    expect(chooseCoding('GZIP ; q=1.0', ['br', 'gzip'])).toBe('gzip');
  });
});
