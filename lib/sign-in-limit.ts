// Limits on checking passwords (sign-in, verify-password, change-password), built so that nobody can
// lock an editor out by guessing elsewhere:
// - per account: five failures are free, then each further attempt waits 30 s, 60 s, 2 min … up to
//   15 min after the last failure (forgotten after an hour without one). Attempts on other addresses
//   never touch an account's count.
// - per known device: a browser that has signed in to the account before (a signed cookie) keeps its
//   own count, so an editor at their usual browser is not slowed by someone guessing at their address.
// - per client, when a trusted proxy names it: ten attempts a minute.
// - addresses with no account share one bucket (thirty a minute): each attempt still costs a password
//   hash (Better Auth hashes even for unknown addresses, so that timing does not reveal who is an
//   editor), and this caps that work without touching any real account.
// An attempt counts as a failure when it starts (so that a burst of parallel guesses cannot all pass
// before the first fails); success clears the count and an attempt that checked no password gives its
// count back. Pure: the caller passes the time. One process, one set of counts.
import { createRateLimiter } from './rate-limit';

export type CredentialAttempt = {
  /** The account the password is checked against (its email, lower case), or null when none has it. */
  account: string | null;
  /** The client as lib/rate-limit clientKey names it: "shared" when no trusted proxy header names it. */
  client: string;
  /** The id from a valid known-device cookie for this account, if the browser sent one. */
  device: string | null;
};

/** What to tell the limiter once the password was checked (or not). */
export type Outcome = 'success' | 'failure' | 'not-checked';

export type Ticket = { key: string | null };

export type LimitDecision = { allowed: true; ticket: Ticket } | { allowed: false; retryAfterSeconds: number };

export type SignInLimiter = {
  begin(attempt: CredentialAttempt, now: number): LimitDecision;
  finish(ticket: Ticket, outcome: Outcome): void;
};

export const SIGN_IN_LIMITS = {
  freeFailures: 5,
  firstWaitMs: 30_000,
  longestWaitMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  perClientPerMinute: 10,
  unknownAccountsPerMinute: 30,
  /** Most accounts and devices remembered; the least recently failed are forgotten first. */
  maxRemembered: 10_000,
} as const;

type Failures = { count: number; last: number };

/** How long after the last failure the next attempt may come, once `count` attempts have failed. */
export function waitAfterFailures(count: number): number {
  const { freeFailures, firstWaitMs, longestWaitMs } = SIGN_IN_LIMITS;
  if (count < freeFailures) return 0;
  return Math.min(longestWaitMs, firstWaitMs * 2 ** Math.min(count - freeFailures, 30));
}

export function createSignInLimiter(): SignInLimiter {
  const limits = SIGN_IN_LIMITS;
  const clients = createRateLimiter({ capacity: limits.perClientPerMinute, refillPerSecond: limits.perClientPerMinute / 60 });
  const strangers = createRateLimiter({ capacity: limits.unknownAccountsPerMinute, refillPerSecond: limits.unknownAccountsPerMinute / 60, maxClients: 1 });
  // A Map keeps insertion order: re-inserting on every change makes its first entry the least recent.
  const failures = new Map<string, Failures>();

  const current = (key: string, now: number): Failures => {
    const found = failures.get(key);
    if (!found || now - found.last > limits.forgetAfterMs) return { count: 0, last: now };
    return found;
  };
  const remember = (key: string, value: Failures) => {
    failures.delete(key);
    if (value.count <= 0) return;
    failures.set(key, value);
    while (failures.size > limits.maxRemembered) {
      const oldest = failures.keys().next().value;
      if (oldest === undefined) break;
      failures.delete(oldest);
    }
  };

  return {
    begin(attempt, now) {
      const key = attempt.account === null ? null : attempt.device ? `device:${attempt.account}:${attempt.device}` : `account:${attempt.account}`;
      if (key !== null) {
        const record = current(key, now);
        const wait = waitAfterFailures(record.count) - (now - record.last);
        if (wait > 0) return { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) };
      }
      // A known device is limited by its own count only: a shared client bucket would let others block it.
      if (!attempt.device && attempt.client !== 'shared') {
        const decision = clients.take(attempt.client, now);
        if (!decision.allowed) return decision;
      }
      if (key === null) {
        const decision = strangers.take('unknown accounts', now);
        return decision.allowed ? { allowed: true, ticket: { key } } : decision;
      }
      const record = current(key, now);
      remember(key, { count: record.count + 1, last: now });
      return { allowed: true, ticket: { key } };
    },
    finish({ key }, outcome) {
      if (key === null || outcome === 'failure') return;
      if (outcome === 'success') {
        failures.delete(key);
        return;
      }
      const record = failures.get(key);
      if (record) remember(key, { count: record.count - 1, last: record.last });
    },
  };
}
