// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

// Message catalogues per request: i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Metadata (title, Open Graph tags) goes in <head> for every client, not only for the crawlers Next
  // recognises by user agent: a page the response cache renders once is then right for link previews
  // and browsers alike, whatever user agent asked first.
  htmlLimitedBots: /./,
  // Static assets skip proxy.ts; these headers cover them too (the proxy adds the CSP to pages).
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
  experimental: {
    // With a proxy.ts, Next cuts request bodies at 10 MB; import uploads may be 20 MB
    // (MAX_UPLOAD_BYTES in lib/import/limits.ts), and the import route refuses larger ones itself.
    proxyClientMaxBodySize: '21mb',
  },
};

module.exports = withNextIntl(nextConfig);
