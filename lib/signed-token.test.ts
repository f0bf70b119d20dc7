import { describe, expect, it } from 'vitest';
import { readToken, signToken } from './signed-token';

const secret = 'a-test-secret-that-is-long-enough';
const scope = { purpose: 'import-apply', boundTo: ['user-1'] };

describe('signed tokens', () => {
  it('give back their payload until they expire', () => {
    const token = signToken(secret, scope, 'abc123', 10_000);
    expect(readToken(secret, scope, token, 9_999)).toBe('abc123');
    expect(readToken(secret, scope, token, 10_000)).toBeNull();
  });

  it('are worthless for another purpose, another person or under another secret', () => {
    const token = signToken(secret, scope, 'abc123', 10_000);
    expect(readToken(secret, { ...scope, purpose: 'sign-in-device' }, token, 0)).toBeNull();
    expect(readToken(secret, { ...scope, boundTo: ['user-2'] }, token, 0)).toBeNull();
    expect(readToken('another-secret-that-is-long-enough', scope, token, 0)).toBeNull();
  });

  it('refuse any change to the payload, the expiry or the signature', () => {
    const token = signToken(secret, scope, 'abc123', 10_000);
    const [payload, expiry, signature] = token.split('.') as [string, string, string];
    expect(readToken(secret, scope, `abc124.${expiry}.${signature}`, 0)).toBeNull();
    expect(readToken(secret, scope, `${payload}.${(20_000).toString(36)}.${signature}`, 0)).toBeNull();
    expect(readToken(secret, scope, `${payload}.${expiry}.${signature.slice(0, -1)}A`, 0)).toBeNull();
    // The bare payload (what a caller could compute) is not a token.
    expect(readToken(secret, scope, payload, 0)).toBeNull();
  });

  it('refuse what is not a token at all', () => {
    for (const junk of [null, undefined, '', '...', 'a.b', 'x'.repeat(1000), 'a.zzzzzzzzzzzzz.b']) {
      expect(readToken(secret, scope, junk, 0)).toBeNull();
    }
  });

  it('carry only safe characters', () => {
    expect(() => signToken(secret, scope, 'a.b', 1)).toThrow();
    expect(signToken(secret, scope, 'abc', 1)).toMatch(/^[\w.-]+$/);
  });
});
