// What of the app's answer the cache may keep and send to everyone, and the caching headers it adds.

/** Answers worth keeping: pages, redirects between public addresses, a night that does not exist. */
const STORABLE_STATUS = new Set([200, 301, 307, 308, 404, 410]);

// Next marks every dynamic page this way; it says "rendered per request", not "private to this reader".
// Any other no-store or private is the app's own word, and is obeyed.
export const NEXT_DYNAMIC_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate';

/** The headers this server sets itself, or which belong to one connection or one request. */
const REPLACED = new Set([
  'cache-control',
  'x-accel-expires',
  'connection',
  'content-encoding',
  'content-length',
  'content-security-policy',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'vary',
]);
// Next's internal markers (x-middleware-rewrite names the internal /en path; x-nextjs-* its own caches).
const INTERNAL = /^x-(middleware|nextjs)-/i;

export type AppAnswer = { status: number; headers: Record<string, string | string[] | undefined> };

/** Why the answer must not be shared, or null when it may be. */
export function refusalToShare(answer: AppAnswer): string | null {
  if (!STORABLE_STATUS.has(answer.status)) return `status ${answer.status}`;
  if (answer.headers['set-cookie'] !== undefined) return 'sets a cookie';
  const cacheControl = String(answer.headers['cache-control'] ?? '');
  if (cacheControl !== NEXT_DYNAMIC_CACHE_CONTROL && /\b(no-store|private)\b/i.test(cacheControl)) return `cache-control: ${cacheControl}`;
  return null;
}

/** The app's headers a stored answer keeps (security headers, content type, disposition, location…). */
export function keptHeaders(headers: AppAnswer['headers'], host: string | undefined): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || REPLACED.has(lower) || INTERNAL.test(lower)) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    kept.push([lower, lower === 'location' ? sameOriginPath(text, host) : text]);
  }
  return kept;
}

/** A redirect to this host as a path, so the stored redirect is right whichever name a reader used. */
export function sameOriginPath(location: string, host: string | undefined): string {
  if (!host) return location;
  for (const scheme of ['http://', 'https://']) {
    const origin = `${scheme}${host}`;
    if (location === origin) return '/';
    if (location.startsWith(`${origin}/`) || location.startsWith(`${origin}?`)) return location.slice(origin.length) || '/';
  }
  return location;
}

export type SharedCaching = { sharedMaxAge: number; staleWhileRevalidate: number };

/**
 * The caching headers of a public answer, in the order they must be sent. Browsers revalidate every
 * time (max-age=0); a shared cache may keep an answer `sharedMaxAge` seconds without asking. 0 and 0 (the
 * default) keep the rule that no reader sees an answer older than the last acknowledged write: nginx or
 * a CDN stores the bytes and asks this server each time, which answers 304 in microseconds while nothing
 * has changed. nginx will not store an answer with s-maxage=0 unless X-Accel-Expires, read before
 * Cache-Control, says it expired long ago (@1): then it stores it and revalidates it on every request.
 */
export function publicCachingHeaders({ sharedMaxAge, staleWhileRevalidate }: SharedCaching): [string, string][] {
  const control: [string, string] = ['cache-control', `public, max-age=0, s-maxage=${sharedMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`];
  return sharedMaxAge === 0 ? [['x-accel-expires', '@1'], control] : [control];
}

/** For editors, everything sent with a session, and everything this cache does not know to be public. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** Reads S_MAXAGE / STALE_WHILE_REVALIDATE style settings: whole seconds, 0 when unset. */
export function readSeconds(value: string | undefined, name: string): number {
  if (value === undefined || value === '') return 0;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 31_536_000) {
    throw new Error(`${name} wants whole seconds (0–31536000), got "${value}"`);
  }
  return seconds;
}
