// A per-client token bucket kept in memory: a client may spend `capacity` tokens at once and gets
// `refillPerSecond` back each second (60 and 1: sixty a minute, with bursts up to sixty). A request costs
// one token, or more when its work is heavier (a long text to parse), so no client can buy more than a
// bounded share of the server's time. Pure: the caller passes the time, so tests need no clock.

export type RateLimitDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterSeconds: number };

export type RateLimiterOptions = {
  capacity: number;
  refillPerSecond: number;
  /** Most clients remembered; the least recently seen are forgotten first. */
  maxClients?: number;
};

type Bucket = { tokens: number; updatedAt: number };

export type RateLimiter = {
  /** Takes `cost` tokens (default one) for `key` at `now` (milliseconds); refuses when fewer are left. */
  take(key: string, now: number, cost?: number): RateLimitDecision;
  /** How many clients are remembered. */
  size(): number;
};

export function createRateLimiter({ capacity, refillPerSecond, maxClients = 10_000 }: RateLimiterOptions): RateLimiter {
  // A Map keeps insertion order: re-inserting on every request makes its first entry the least recent.
  const buckets = new Map<string, Bucket>();
  return {
    take(key, now, cost = 1) {
      // A cost above the capacity could never be paid: it is capped, so the client waits, never forever.
      const price = Math.min(capacity, Math.max(1, cost));
      const bucket = buckets.get(key);
      const elapsed = bucket ? Math.max(0, now - bucket.updatedAt) / 1000 : 0;
      const tokens = bucket ? Math.min(capacity, bucket.tokens + elapsed * refillPerSecond) : capacity;
      buckets.delete(key);
      if (tokens < price) {
        buckets.set(key, { tokens, updatedAt: now });
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((price - tokens) / refillPerSecond)) };
      }
      buckets.set(key, { tokens: tokens - price, updatedAt: now });
      while (buckets.size > maxClients) {
        const oldest = buckets.keys().next().value;
        if (oldest === undefined) break;
        buckets.delete(oldest);
      }
      return { allowed: true, remaining: Math.floor(tokens - price) };
    },
    size: () => buckets.size,
  };
}

const MAX_KEY_LENGTH = 100;

/**
 * The client a request comes from: the address that a trusted reverse proxy puts in `trustedHeader`
 * (the last entry of a list, the one the proxy added), else one key shared by everyone. Without a
 * proxy the client can write any header, so a per-header key could be dodged at will; a shared
 * bucket still caps the work. The same rule as sign-in's limit (db/auth.ts, TRUSTED_IP_HEADER).
 */
export function clientKey(headers: Headers, trustedHeader: string | undefined): string {
  const value = trustedHeader ? headers.get(trustedHeader) : null;
  const last = value?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return last ? `client:${last.slice(0, MAX_KEY_LENGTH)}` : 'shared';
}
