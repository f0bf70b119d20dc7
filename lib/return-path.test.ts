import { describe, expect, it } from 'vitest';
import { REDIRECT_BYPASSES as BYPASSES } from './return-path-bypasses';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  for (const [value, why] of BYPASSES) {
    it(`refuses ${why}: ${JSON.stringify(value).slice(0, 60)}`, () => {
      const result = safeReturnPath(value);
      expect(result.startsWith('/')).toBe(true);
      expect(result.startsWith('//')).toBe(false);
      expect(result).not.toMatch(/[\u0000-\u001F\\]/);
      // What a browser does with the answer as a Location: it stays on the site.
      expect(new URL(result, 'https://air-tally.example/login').origin).toBe('https://air-tally.example');
    });
  }

  it('turns every one of those into the home page', () => {
    expect(BYPASSES.map(([value]) => safeReturnPath(value)).filter((result) => result !== '/')).toEqual([]);
  });

  it('keeps paths on this site, with their query and fragment', () => {
    expect(safeReturnPath('/nights/new')).toBe('/nights/new');
    expect(safeReturnPath('/nights/2025-04-26/edit?target=RU#figures')).toBe('/nights/2025-04-26/edit?target=RU#figures');
    expect(safeReturnPath('/uk/import')).toBe('/uk/import');
    expect(safeReturnPath('/')).toBe('/');
  });

  it('keeps odd but local paths local, normalised as a browser would', () => {
    expect(safeReturnPath('/@evil.example')).toBe('/@evil.example');
    expect(safeReturnPath('/%D0%BD%D0%BE%D1%87%D1%96')).toBe('/%D0%BD%D0%BE%D1%87%D1%96');
    expect(safeReturnPath('/nights/../import')).toBe('/import');
    expect(safeReturnPath('/a\\b')).toBe('/a/b');
    expect(safeReturnPath('/ночі')).toBe('/%D0%BD%D0%BE%D1%87%D1%96');
  });

  it('takes nothing but a string', () => {
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });
});
