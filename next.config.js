// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');
const security = require('./lib/security-headers.json');

// Message catalogues per request: i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * Every response: the headers proxy.ts also sets (it overrides them with the same values), except that
 * X-Frame-Options is left off the embeddable chart, the one page other sites may frame (lib/embed-policy.ts),
 * and the opener policy, which the proxy sets by path.
 */
const everywhere = Object.entries(security.headers)
  .filter(([key]) => key !== 'X-Frame-Options')
  .map(([key, value]) => ({ key, value }));
const unframeable = [{ key: 'X-Frame-Options', value: security.headers['X-Frame-Options'] }];
// The opener policy is set by the proxy on pages, by path (lib/opener-policy.ts); here only on what the
// proxy does not see.
const openerPolicy = [{ key: 'Cross-Origin-Opener-Policy', value: security.openerPolicy }];

/** Responses the proxy does not see get the static policy: nothing may load, run or frame them. */
const staticPolicy = [{ key: 'Content-Security-Policy', value: security.staticContentSecurityPolicy }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) before it builds for the end-to-end
  // run, and says so with this variable: the build need not check the same types again.
  typescript: { ignoreBuildErrors: process.env.AIR_TALLY_TYPECHECKED === '1' },
  // Metadata (title, Open Graph tags) goes in <head> for every client, not only for the crawlers Next
  // recognises by user agent: a page the response cache renders once is then right for link previews
  // and browsers alike, whatever user agent asked first.
  htmlLimitedBots: /./,
  // Static assets skip proxy.ts; these headers cover them too (the proxy adds the CSP to pages).
  async headers() {
    return [
      { source: '/:path*', headers: everywhere },
      { source: '/((?!embed/).*)', headers: unframeable },
      // Next's build assets skip the proxy (proxy.ts matcher).
      { source: '/_next/static/:path*', headers: staticPolicy },
      { source: '/_next/:path*', headers: openerPolicy },
      { source: '/api/:path*', headers: openerPolicy },
      { source: '/_next/image', headers: staticPolicy },
      // So do API requests that carry a body (proxy.ts matcher): the same two conditions, mirrored.
      { source: '/api/:path*', has: [{ type: 'header', key: 'content-length' }], headers: staticPolicy },
      { source: '/api/:path*', has: [{ type: 'header', key: 'transfer-encoding' }], headers: staticPolicy },
    ];
  },
  experimental: {
    // With a proxy.ts, Next reads a request's whole body (up to this size) into memory before any route
    // runs, so that the proxy could read it too. API requests with a body skip the proxy (proxy.ts), so
    // only page requests are buffered: server actions, whose own limit is 1 MB (serverActions.bodySizeLimit).
    proxyClientMaxBodySize: '1mb',
  },
};

module.exports = withNextIntl(nextConfig);
