// Request-level work only: the language of the address (next-intl), the bare home page's choice of
// language for a first visit, the security headers with a fresh CSP nonce per request (Next.js reads it
// from the request's policy header and puts it on its own scripts), and the request guard's origin rule
// for every state-changing request it sees (server actions above all: Next refuses a foreign Origin with
// a 500, and lets a request with cross-site Fetch Metadata but no Origin through). Authorisation is NOT
// done here: every page, action and route checks the session itself.
import { NextRequest, NextResponse } from 'next/server';
import createIntlMiddleware from 'next-intl/middleware';
import { routing } from '@/i18n/routing';
import { framingFor, isEmbedPath } from '@/lib/embed-policy';
import { LOCALE_COOKIE, localisedPath, preferredLocale } from '@/lib/i18n/locales';
import { openerPolicyFor } from '@/lib/opener-policy';
import { allowedOrigins, originRefusal } from '@/lib/request-guard';
import { storedPolicy } from '@/lib/response-cache/csp';
import { SHARED_RENDER_HEADER } from '@/lib/response-cache/shared-render';
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from '@/lib/security-headers';

const intl = createIntlMiddleware(routing);

/** Pages have a language; API routes, exports and files do not. */
function isLocalisedPath(pathname: string): boolean {
  if (pathname.startsWith('/api/') || pathname === '/api' || pathname.startsWith('/_next/')) return false;
  // Embeddable charts take their language from ?lang=, not from the path.
  if (isEmbedPath(pathname)) return false;
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !lastSegment.includes('.') || lastSegment === 'feed.xml';
}

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const framing = framingFor(request.nextUrl.pathname);
  const policy = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === 'development',
    https: process.env.BETTER_AUTH_URL?.startsWith('https://') ?? false,
    frameAncestors: framing.frameAncestors,
  });
  const requestHeaders = new Headers(request.headers);
  // A page the response cache renders for every reader gets no nonce (Next takes it from the policy):
  // the cache sends the hashes of its inline scripts instead (lib/response-cache/csp.ts). The server
  // strips this header from every outside request.
  const shared = request.headers.get(SHARED_RENDER_HEADER) === '1';
  const sentPolicy = shared ? (storedPolicy(policy, []) ?? policy) : policy;
  if (!shared) {
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', policy);
  }

  const response = crossOrigin(request) ?? route(new NextRequest(request, { headers: requestHeaders }), requestHeaders);
  response.headers.set('Content-Security-Policy', sentPolicy);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (framing.xFrameOptions === null) response.headers.delete('X-Frame-Options');
  const openerPolicy = openerPolicyFor(request.nextUrl.pathname);
  if (openerPolicy) response.headers.set('Cross-Origin-Opener-Policy', openerPolicy);
  if (request.nextUrl.protocol === 'https:') {
    response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  }
  return response;
}

/** A 403 for a state-changing request from another origin (lib/request-guard.ts), else null. */
function crossOrigin(request: NextRequest): NextResponse | null {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return null;
  const refusal = originRefusal(request.headers, allowedOrigins(request.headers.get('host'), process.env.BETTER_AUTH_URL));
  return refusal && NextResponse.json({ error: refusal.error }, { status: refusal.status, headers: { 'Cache-Control': 'no-store' } });
}

function route(request: NextRequest, requestHeaders: Headers): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (!isLocalisedPath(pathname)) return NextResponse.next({ request: { headers: requestHeaders } });
  // A first visit to the bare home page opens in the reader's language; any other address keeps the
  // language it names, so a shared link opens as it was shared.
  if (pathname === '/' && search === '') {
    const locale = preferredLocale({
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get('accept-language'),
    });
    if (locale !== routing.defaultLocale) {
      const redirect = NextResponse.redirect(new URL(localisedPath('/', locale), request.url), 307);
      redirect.headers.set('Vary', 'Accept-Language, Cookie');
      return redirect;
    }
    const response = intl(request);
    response.headers.set('Vary', 'Accept-Language, Cookie');
    return response;
  }
  return intl(request);
}

export const config = {
  // Every response carries the security headers, 404s and files included. Two kinds of request skip the
  // proxy, and get the same headers with a static policy from next.config.js instead: Next's immutable
  // build assets, and API requests that carry a body. Next reads the whole body of any request the proxy
  // runs for into memory before the route starts (proxyClientMaxBodySize), so an upload would be
  // buffered, and an anonymous or stalled one would wait for its last byte, before the route could
  // refuse it; API routes read their own bodies, under their own limits, after the request guard.
  matcher: [
    { source: '/((?!api/|_next/static|_next/image).*)' },
    {
      source: '/api/:path*',
      missing: [
        { type: 'header', key: 'content-length' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
  ],
};
