// Request-level security headers: a fresh CSP nonce per request (Next.js reads it from the request's
// policy header and puts it on its own scripts). Authorisation is NOT done here: every page, action and
// route checks the session itself.
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from '@/lib/security-headers';

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === 'development',
    https: process.env.BETTER_AUTH_URL?.startsWith('https://') ?? false,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (request.nextUrl.protocol === 'https:') {
    response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  }
  return response;
}

export const config = {
  // Static assets are immutable files: they need no nonce and the proxy would only slow them down.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
