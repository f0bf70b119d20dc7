// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // With a proxy.ts, Next cuts request bodies at 10 MB; import uploads may be 20 MB
    // (MAX_UPLOAD_BYTES in lib/import/limits.ts), and the import route refuses larger ones itself.
    proxyClientMaxBodySize: '21mb',
  },
};

module.exports = nextConfig;
