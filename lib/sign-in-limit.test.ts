import { describe, expect, it } from 'vitest';
import { createSignInLimiter, SIGN_IN_LIMITS, waitAfterFailures, type CredentialAttempt, type SignInLimiter } from './sign-in-limit';

const editor = 'editor@example.org';
const stranger: CredentialAttempt = { account: null, client: 'shared', device: null };
const onEditor = (extra: Partial<CredentialAttempt> = {}): CredentialAttempt => ({ account: editor, client: 'shared', device: null, ...extra });

/** Runs one attempt to its end; returns "allowed" or the seconds to wait. */
function attempt(limiter: SignInLimiter, who: CredentialAttempt, outcome: 'success' | 'failure' | 'not-checked', now: number) {
  const decision = limiter.begin(who, now);
  if (!decision.allowed) return decision.retryAfterSeconds;
  limiter.finish(decision.ticket, outcome);
  return 'allowed';
}

describe('sign-in limits', () => {
  it('never lock the editor out with attempts on other addresses, however many, without a trusted proxy', () => {
    const limiter = createSignInLimiter();
    let refused = 0;
    for (let i = 0; i < 1000; i += 1) if (attempt(limiter, stranger, 'failure', i) !== 'allowed') refused += 1;
    // The strangers' own bucket ran dry…
    expect(refused).toBeGreaterThan(900);
    // …and the editor's right password still gets through at once.
    expect(attempt(limiter, onEditor(), 'success', 1000)).toBe('allowed');
  });

  it('never lock the editor out with a flood from one client, when a trusted proxy names clients', () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < 100; i += 1) attempt(limiter, { account: null, client: 'client:203.0.113.9', device: null }, 'failure', i);
    for (let i = 0; i < 100; i += 1) attempt(limiter, { account: `other${i}@example.org`, client: 'client:203.0.113.9', device: null }, 'failure', i);
    expect(attempt(limiter, onEditor({ client: 'client:198.51.100.7' }), 'success', 100)).toBe('allowed');
  });

  it('limit one client to ten attempts a minute when a trusted proxy names it', () => {
    const limiter = createSignInLimiter();
    const results = Array.from({ length: 11 }, (_, i) => attempt(limiter, { account: `a${i}@example.org`, client: 'client:203.0.113.9', device: null }, 'failure', 0));
    expect(results.slice(0, 10)).toEqual(Array(10).fill('allowed'));
    expect(results[10]).toBe(6);
  });

  it('let five failures on one account through, then slow each further attempt down, doubling the wait', () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < 5; i += 1) expect(attempt(limiter, onEditor(), 'failure', i)).toBe('allowed');
    // The right password is refused too while the account waits: that is what stops guessing.
    expect(attempt(limiter, onEditor(), 'success', 5)).toBe(30);
    expect(attempt(limiter, onEditor(), 'failure', 4 + 30_000)).toBe('allowed');
    expect(attempt(limiter, onEditor(), 'failure', 4 + 30_001)).toBe(60);
    expect(attempt(limiter, onEditor(), 'failure', 4 + 30_000 + 60_000)).toBe('allowed');
    expect(attempt(limiter, onEditor(), 'failure', 4 + 90_001)).toBe(120);
  });

  it('wait at most fifteen minutes, and forget failures after an hour without one', () => {
    expect(waitAfterFailures(4)).toBe(0);
    expect(waitAfterFailures(5)).toBe(30_000);
    expect(waitAfterFailures(8)).toBe(240_000);
    expect(waitAfterFailures(100)).toBe(SIGN_IN_LIMITS.longestWaitMs);
    const limiter = createSignInLimiter();
    for (let i = 0; i < 6; i += 1) attempt(limiter, onEditor(), 'failure', i * 60_000);
    expect(attempt(limiter, onEditor(), 'success', 5 * 60_000 + 61 * 60_000)).toBe('allowed');
  });

  it('clear the count on success', () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < 4; i += 1) attempt(limiter, onEditor(), 'failure', i);
    attempt(limiter, onEditor(), 'success', 4);
    for (let i = 0; i < 5; i += 1) expect(attempt(limiter, onEditor(), 'failure', 5 + i)).toBe('allowed');
  });

  it('count parallel guesses as they start, so a burst cannot all pass before the first fails', () => {
    const limiter = createSignInLimiter();
    const decisions = Array.from({ length: 20 }, () => limiter.begin(onEditor(), 0));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
  });

  it('give the count back for an attempt that checked no password', () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < 50; i += 1) expect(attempt(limiter, onEditor(), 'not-checked', i)).toBe('allowed');
  });

  it('keep a known device apart: guessing at the address does not slow the editor at their own browser', () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < 30; i += 1) attempt(limiter, onEditor(), 'failure', i);
    expect(attempt(limiter, onEditor(), 'success', 30)).not.toBe('allowed');
    expect(attempt(limiter, onEditor({ device: 'd1' }), 'success', 31)).toBe('allowed');
  });

  it('slow a known device down on its own failures too', () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < 5; i += 1) attempt(limiter, onEditor({ device: 'd1' }), 'failure', i);
    expect(attempt(limiter, onEditor({ device: 'd1' }), 'success', 5)).toBe(30);
    // Another device, and the account for browsers without one, are untouched.
    expect(attempt(limiter, onEditor({ device: 'd2' }), 'success', 5)).toBe('allowed');
    expect(attempt(limiter, onEditor(), 'success', 5)).toBe('allowed');
  });

  it('remember a bounded number of accounts', () => {
    const limiter = createSignInLimiter();
    for (let i = 0; i < SIGN_IN_LIMITS.maxRemembered + 10; i += 1) attempt(limiter, { account: `a${i}@x`, client: 'shared', device: null }, 'failure', 0);
    // The first ones were forgotten: a fresh count.
    expect(attempt(limiter, { account: 'a0@x', client: 'shared', device: null }, 'failure', 1)).toBe('allowed');
  });
});
