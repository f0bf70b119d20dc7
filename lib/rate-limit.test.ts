import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('lets a client make 60 requests at once, refuses the 61st and says when to retry', () => {
    const limiter = createRateLimiter({ capacity: 60, refillPerSecond: 1 });
    for (let i = 0; i < 60; i += 1) expect(limiter.take('a', 1_000).allowed, `request ${i + 1}`).toBe(true);
    expect(limiter.take('a', 1_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('gives tokens back over time, never more than the capacity', () => {
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1 });
    for (let i = 0; i < 3; i += 1) limiter.take('a', 0);
    expect(limiter.take('a', 500).allowed).toBe(false);
    expect(limiter.take('a', 1_000).allowed).toBe(true);
    expect(limiter.take('a', 1_000).allowed).toBe(false);
    expect(limiter.take('a', 3_600_000)).toEqual({ allowed: true, remaining: 2 });
  });

  it('asks a client to wait as long as its next token takes', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.1 });
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(limiter.take('a', 4_000)).toEqual({ allowed: false, retryAfterSeconds: 6 });
  });

  it('charges heavier requests more tokens, and asks to wait until the whole cost is back', () => {
    const limiter = createRateLimiter({ capacity: 60, refillPerSecond: 1 });
    expect(limiter.take('a', 0, 11)).toEqual({ allowed: true, remaining: 49 });
    for (let i = 0; i < 4; i += 1) expect(limiter.take('a', 0, 11).allowed).toBe(true);
    // 5 tokens left: an 11-token request waits 6 seconds, a 1-token one passes.
    expect(limiter.take('a', 0, 11)).toEqual({ allowed: false, retryAfterSeconds: 6 });
    expect(limiter.take('a', 0).allowed).toBe(true);
  });

  it('caps a cost above the capacity, so such a request waits but is never refused for ever', () => {
    const limiter = createRateLimiter({ capacity: 10, refillPerSecond: 1 });
    expect(limiter.take('a', 0, 1_000)).toEqual({ allowed: true, remaining: 0 });
    expect(limiter.take('a', 0, 1_000)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('keeps clients apart', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1 });
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 0).allowed).toBe(false);
    expect(limiter.take('b', 0).allowed).toBe(true);
  });

  it('remembers at most maxClients, forgetting the least recently seen', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 2 });
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('a', 1); // refused, but seen last
    limiter.take('c', 2);
    expect(limiter.size()).toBe(2);
    expect(limiter.take('a', 3).allowed).toBe(false); // still remembered
    expect(limiter.take('b', 3).allowed).toBe(true); // forgotten, so new
  });

  it('is not fooled by a clock that goes back', () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1 });
    limiter.take('a', 10_000);
    expect(limiter.take('a', 0).allowed).toBe(false);
  });
});

describe('clientKey', () => {
  const headers = (init: Record<string, string>) => new Headers(init);

  it('uses the trusted header, the entry its proxy added last', () => {
    expect(clientKey(headers({ 'x-real-ip': '203.0.113.9' }), 'x-real-ip')).toBe('client:203.0.113.9');
    expect(clientKey(headers({ 'x-forwarded-for': '10.0.0.1, 203.0.113.9' }), 'x-forwarded-for')).toBe('client:203.0.113.9');
  });

  it('shares one key when no proxy is trusted, whatever the client writes', () => {
    expect(clientKey(headers({ 'x-forwarded-for': '198.51.100.7' }), undefined)).toBe('shared');
    expect(clientKey(headers({}), 'x-real-ip')).toBe('shared');
  });

  it('bounds the key length', () => {
    expect(clientKey(headers({ 'x-real-ip': 'x'.repeat(5_000) }), 'x-real-ip').length).toBeLessThanOrEqual(107);
  });
});
