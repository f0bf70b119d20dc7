// Request-level work only: the language of the address (next-intl), the bare home page's choice of
// language for a first visit, and the security headers with a fresh CSP nonce per request (Next.js reads
// it from the request's policy header and puts it on its own scripts). Authorisation is NOT done here:
// every page, action and route checks the session itself.
import { NextRequest, NextResponse } from 'next/server';
import createIntlMiddleware from 'next-intl/middleware';
import { routing } from '@/i18n/routing';
import { framingFor, isEmbedPath } from '@/lib/embed-policy';
import { LOCALE_COOKIE, localisedPath, preferredLocale } from '@/lib/i18n/locales';
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
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);

  const response = route(new NextRequest(request, { headers: requestHeaders }), requestHeaders);
  response.headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (framing.xFrameOptions === null) response.headers.delete('X-Frame-Options');
  if (request.nextUrl.protocol === 'https:') {
    response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  }
  return response;
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
  // Every response carries the security headers, 404s and files included; only Next's immutable build
  // assets skip the proxy (their headers come from next.config.js).
  matcher: [{ source: '/((?!_next/static|_next/image).*)' }],
};
