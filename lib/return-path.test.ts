import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

// Known open-redirect bypasses: each must come back as the home page, or as a path that a browser
// resolves on this site (never a Location that leaves it).
const BYPASSES: [string, string][] = [
  ['//evil.example', 'protocol-relative'],
  ['///evil.example', 'three slashes'],
  ['/\\evil.example', 'backslash read as a slash'],
  ['\\\\evil.example', 'two backslashes'],
  ['/\\/evil.example', 'slash, backslash, slash'],
  ['/\t/evil.example', 'a tab between the slashes (browsers strip it)'],
  ['/\n/evil.example', 'a newline between the slashes (a 500 as a header)'],
  ['/\r\n/evil.example', 'CR LF: header injection'],
  ['/\u0000/evil.example', 'NUL'],
  ['/%09/evil.example', 'an encoded tab, once decoded by a second hop'],
  ['%2F%2Fevil.example', 'encoded slashes (decoded once already by the query string)'],
  ['/%2F%2Fevil.example', 'encoded slashes after a real one, once decoded by a second hop'],
  ['/%5Cevil.example', 'an encoded backslash, once decoded by a second hop'],
  ['/%E0%A4%A', 'broken percent-encoding'],
  ['https://evil.example', 'absolute URL'],
  ['https:evil.example', 'scheme without slashes'],
  ['http:/evil.example', 'scheme with one slash'],
  ['javascript:alert(1)', 'javascript: URL'],
  ['JaVaScRiPt:alert(1)', 'javascript: URL in mixed case'],
  ['data:text/html,<script>alert(1)</script>', 'data: URL'],
  ['/..//evil.example', 'dot segments that leave two slashes'],
  ['/.//evil.example', 'a dot segment that leaves two slashes'],
  ['/./..//evil.example', 'dot segments, again'],
  ['／／evil.example', 'fullwidth solidus (U+FF0F)'],
  ['⁄⁄evil.example', 'fraction slash (U+2044)'],
  ['//evil.example@air-tally.invalid', 'userinfo that names our host'],
  ['/\u2028/evil.example', 'line separator'],
  [' //evil.example', 'a leading space'],
  ['evil.example', 'a relative path'],
  ['', 'empty'],
  ['/' + 'a'.repeat(3000), 'absurdly long'],
];

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
