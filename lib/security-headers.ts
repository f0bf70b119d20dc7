// The Content-Security-Policy and the other security headers every response carries. Pages get a
// nonce-based policy from proxy.ts; responses the proxy does not see (Next's build assets, and API
// requests that carry a body, which skip the proxy so that it never buffers them) get the static policy
// from next.config.js. The values live in security-headers.json, which next.config.js reads too.
import values from './security-headers.json';

/**
 * A strict nonce-based policy: only scripts carrying this request's nonce run ('strict-dynamic' lets
 * them load Next's chunks). Styles allow inline attributes because the charts set style="…" on SVG.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean; https?: boolean; frameAncestors?: string } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.frameAncestors ?? "'none'"}`,
  ];
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** For responses that are not pages (JSON, scripts, styles): nothing may load, run or frame them. */
export const STATIC_CONTENT_SECURITY_POLICY: string = values.staticContentSecurityPolicy;

export const STATIC_SECURITY_HEADERS: Record<string, string> = values.headers;

/** Cross-Origin-Opener-Policy, on every page but the public reading pages (lib/opener-policy.ts). */
export const OPENER_POLICY: string = values.openerPolicy;
