// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

// Message catalogues per request: i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Metadata (titles, Open Graph tags) goes into the <head> for every visitor, not only for the user
  // agents Next knows as bots: link-preview crawlers it doesn't know still find the tags, and a page's
  // bytes don't depend on who asked first (the response cache serves the same bytes to everyone).
  htmlLimitedBots: /.*/,
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
