import { describe, expect, it } from 'vitest';
import { createAppPool } from './app-pool';

describe('the pool of app processes', () => {
  it('sends to the least busy app, and round the pool when they are equal', () => {
    const pool = createAppPool(['/a', '/b']);
    const first = pool.acquire();
    const second = pool.acquire();
    expect(new Set([first.endpoint.socketPath, second.endpoint.socketPath])).toEqual(new Set(['/a', '/b']));
    first.done();
    expect(pool.acquire().endpoint.socketPath).toBe(first.endpoint.socketPath);
    pool.close();
  });

  it('passes over an app whose event loop is stalled, unless every app is', () => {
    let stalled = new Set([1]);
    const pool = createAppPool(['/a', '/b'], (index) => !stalled.has(index));
    const taken = [pool.acquire(), pool.acquire(), pool.acquire()].map((lease) => lease.endpoint.socketPath);
    expect(taken).toEqual(['/a', '/a', '/a']);
    stalled = new Set([0, 1]);
    expect(pool.acquire().endpoint.socketPath).toBe('/b');
    pool.close();
  });
});
