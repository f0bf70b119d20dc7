import { describe, expect, it } from 'vitest';
import { createAppPool } from './app-pool';
import { COUNTED_PATH, LONG_PATH, pinnedApp } from './forward';

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

  it('sends what an in-memory limit counts to the first app only, however busy it is', () => {
    const pool = createAppPool(['/a', '/b']);
    const leases = Array.from({ length: 4 }, () => pool.acquire(0));
    expect(leases.map((lease) => lease.endpoint.socketPath)).toEqual(['/a', '/a', '/a', '/a']);
    expect(pool.acquire().endpoint.socketPath).toBe('/b');
    pool.close();
  });

  it('keeps other requests away from an app running an import while another app is free of one', () => {
    const pool = createAppPool(['/a', '/b']);
    const importing = pool.acquire(undefined, 'long');
    const others = Array.from({ length: 5 }, () => pool.acquire());
    expect(others.every((lease) => lease.endpoint.socketPath !== importing.endpoint.socketPath)).toBe(true);
    // A second import goes to the other app; with both importing, the least busy takes the rest.
    const second = pool.acquire(undefined, 'long');
    expect(second.endpoint.socketPath).not.toBe(importing.endpoint.socketPath);
    const beside = pool.acquire();
    expect(beside.endpoint.socketPath).toBe(importing.endpoint.socketPath);
    beside.done();
    importing.done();
    second.done();
    others.forEach((lease) => lease.done());
    expect(new Set([pool.acquire().endpoint.socketPath, pool.acquire().endpoint.socketPath])).toEqual(new Set(['/a', '/b']));
    pool.close();
  });

  it('treats imports as long, and nothing else', () => {
    for (const path of ['/api/import', '/api/import?mode=apply&digest=x']) expect(LONG_PATH.test(path), path).toBe(true);
    for (const path of ['/import', '/uk/import', '/api/imports', '/api/nights']) expect(LONG_PATH.test(path), path).toBe(false);
  });

  it('sends every request that may write to the first app but imports to the last, and reads wherever there is room', () => {
    for (const [method, path] of [['PUT', '/api/nights/2025-06-01'], ['DELETE', '/api/nights/2025-06-01'], ['POST', '/uk/nights/new'], ['POST', '/api/auth/sign-out'], ['GET', '/api/auth/get-session']]) {
      expect(pinnedApp(method!, path!), `${method} ${path}`).toBe(0);
    }
    // Imports to the last app, beside the other writes rather than queued behind them.
    expect(pinnedApp('POST', '/api/import?mode=apply')).toBe(-1);
    const pool = createAppPool(['/a', '/b', '/c']);
    expect(pool.acquire(-1).endpoint.socketPath).toBe('/c');
    expect(createAppPool(['/a']).acquire(-1).endpoint.socketPath).toBe('/a');
    pool.close();
    for (const [method, path] of [['GET', '/'], ['HEAD', '/export.csv'], ['GET', '/api/nights']]) expect(pinnedApp(method!, path!), `${method} ${path}`).toBeUndefined();
  });

  it('counts sign-in and the statement parser, and nothing else', () => {
    for (const path of ['/api/auth/sign-in/email', '/api/auth/verify-password', '/api/statements/parse', '/api/statements/parse?x=1']) {
      expect(COUNTED_PATH.test(path), path).toBe(true);
    }
    for (const path of ['/', '/api/nights', '/api/statements/parsed', '/uk/api/auth/x', '/api/health']) {
      expect(COUNTED_PATH.test(path), path).toBe(false);
    }
  });
});
