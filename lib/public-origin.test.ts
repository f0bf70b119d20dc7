import { describe, expect, it } from 'vitest';
import { publicOrigin } from './public-origin';

describe('the public origin of absolute links', () => {
  it('is the configured public URL when there is one, whatever the request says', () => {
    expect(publicOrigin({ configured: 'https://tally.example.org/some/path', host: 'evil.example', protocol: 'http' })).toBe('https://tally.example.org');
  });

  it("is the request's host otherwise", () => {
    expect(publicOrigin({ host: '127.0.0.1:3000', protocol: 'http:' })).toBe('http://127.0.0.1:3000');
    expect(publicOrigin({ configured: 'not a url', host: 'Tally.Example.org', protocol: 'https' })).toBe('https://tally.example.org');
    expect(publicOrigin({ host: '[::1]:3000' })).toBe('http://[::1]:3000');
  });

  it('never takes a host that is not one', () => {
    expect(publicOrigin({ host: 'evil.example/"><script>' })).toBe('http://localhost');
    expect(publicOrigin({ host: null })).toBe('http://localhost');
  });
});
