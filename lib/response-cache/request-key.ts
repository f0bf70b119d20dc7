// Whether a request may be answered from the response cache, and if so under which key: the
// normalised address (the route's own parameters, first value, trimmed, sorted) plus the one request
// header that changes a public answer, the bare home page's choice of language.
import { LOCALE_COOKIE, preferredLocale } from '@/lib/i18n/locales';
import { matchPublicRoute, type PublicRoute } from './routes';

export type RequestFacts = {
  method: string;
  /** The request target as sent: path and query. */
  url: string;
  header: (name: string) => string | undefined;
};

export type CacheDecision =
  | { cacheable: false; reason: string }
  | {
      cacheable: true;
      route: PublicRoute;
      /** The normalised path and query: what the app is asked for, and the cache key's address. */
      target: string;
      /** The request facts the answer depends on besides the address, e.g. `https;uk`. */
      variant: string;
      /** Headers to send the app when rendering, so its answer is the one for this variant. */
      renderHeaders: Record<string, string>;
      /** Headers a shared cache must vary on besides Accept-Encoding. */
      vary: readonly string[];
    };

/** Longer values are not normalised but passed through uncached: no real address needs them. */
export const MAX_PARAM_CHARS = 64;
const MAX_TARGET_CHARS = 2048;

// Next's client router asks for RSC payloads (soft navigation, prefetch) and server actions with these.
// Their answers depend on the router's state, so they are passed through, never cached or served HTML.
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action'];

/**
 * Better Auth's cookies (`better-auth.session_token`, `__Secure-better-auth.session_data`…, the default
 * prefix in db/auth.ts). A request carrying one is an editor's: never answered from or stored in the cache.
 */
const SESSION_COOKIE = /(^|;)\s*(__Secure-|__Host-)?better-auth\./;

export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Every parameter known, given once, not blank and without surrounding spaces: nothing a strict route refuses. */
function plainParameters(given: URLSearchParams, known: readonly string[]): boolean {
  const names = [...given.keys()];
  if (new Set(names).size !== names.length) return false;
  return names.every((name) => known.includes(name) && given.get(name) !== '' && given.get(name) === given.get(name)?.trim());
}

export function decide(request: RequestFacts): CacheDecision {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { cacheable: false, reason: 'method' };
  if (request.url.length > MAX_TARGET_CHARS) return { cacheable: false, reason: 'long address' };
  const queryAt = request.url.indexOf('?');
  const pathname = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const route = matchPublicRoute(pathname);
  if (!route) return { cacheable: false, reason: 'not a public read' };
  if (ROUTER_HEADERS.some((name) => request.header(name) !== undefined)) return { cacheable: false, reason: 'router request' };
  if (request.header('authorization') !== undefined) return { cacheable: false, reason: 'credentials' };
  if (SESSION_COOKIE.test(request.header('cookie') ?? '')) return { cacheable: false, reason: 'session' };

  const given = new URLSearchParams(queryAt === -1 ? '' : request.url.slice(queryAt + 1));
  if (given.has('_rsc')) return { cacheable: false, reason: 'router request' };
  if (route.strict && !plainParameters(given, route.params)) return { cacheable: false, reason: 'parameters the route refuses' };
  const kept = new URLSearchParams();
  for (const name of [...route.params].sort()) {
    const value = given.get(name)?.trim();
    if (!value) continue;
    if (value.length > MAX_PARAM_CHARS) return { cacheable: false, reason: 'long parameter' };
    kept.set(name, value);
  }
  const query = kept.toString();
  const target = query ? `${pathname}?${query}` : pathname;

  // Behind a TLS-terminating proxy the app adds Strict-Transport-Security (proxy.ts), as Next reads it.
  const protocol = request.header('x-forwarded-proto')?.includes('https') ? 'https' : 'http';
  const renderHeaders: Record<string, string> = { 'x-forwarded-proto': protocol };
  // The bare home page opens in the reader's language (proxy.ts asks the same function): an explicit
  // earlier choice (cookie) or the browser's Accept-Language. Every other address names its language.
  if (target === '/') {
    const locale = preferredLocale({
      cookie: cookieValue(request.header('cookie'), LOCALE_COOKIE),
      acceptLanguage: request.header('accept-language'),
    });
    renderHeaders.cookie = `${LOCALE_COOKIE}=${locale}`;
    return { cacheable: true, route, target, variant: `${protocol};${locale}`, renderHeaders, vary: ['Accept-Language', 'Cookie'] };
  }
  return { cacheable: true, route, target, variant: protocol, renderHeaders, vary: [] };
}
