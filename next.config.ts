import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // Lets parallel work trees (and CI) build side by side without clobbering one .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // PGlite loads its WASM and data files by URL; bundling it breaks that (see shared/STACK.md).
  serverExternalPackages: [
    '@electric-sql/pglite',
    'postgres',
    'bcryptjs',
    'pdfmake',
    // Identity proof (lib/identity): WASM, native canvas and worker threads load files from their
    // own package folders at run time.
    '@vladmandic/face-api',
    '@tensorflow/tfjs',
    '@tensorflow/tfjs-backend-wasm',
    '@napi-rs/canvas',
    'tesseract.js',
  ],
  poweredByHeader: false,
  turbopack: {
    // react-pdf imports PDF.js's modern build, which needs very recent browsers; signers' phones
    // are often older. The legacy build (same version) runs on them; its worker is served from
    // /pdfjs/<version>/legacy/... (app/pdfjs).
    resolveAlias: { 'pdfjs-dist': { browser: 'pdfjs-dist/legacy/build/pdf.min.mjs' } },
  },
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403 for pages a role may not open.
    authInterrupts: true,
    // An uploaded PDF template may have up to 10 MB (lib/contract-templates/schemas.ts), plus the
    // multipart envelope; the default 1 MB would refuse most real contracts before our own check.
    serverActions: { bodySizeLimit: '11mb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
