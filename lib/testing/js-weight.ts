import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export type JsWeight = { files: number; rawBytes: number; gzipBytes: number; largest: { url: string; gzipBytes: number }[] };

/**
 * The JavaScript a browser downloads to open `url` (until the network is idle), measured the way a
 * phone on a slow connection pays for it: each file gzip-compressed (level 6, what servers and CDNs
 * use), summed. For the signer portal's first-load budget (issue 5: ≤ 200 KB gzip).
 */
export async function measureFirstLoadJs(page: Page, url: string): Promise<JsWeight> {
  const pending: Promise<{ url: string; raw: number; gz: number } | null>[] = [];
  const onResponse = (res: Response) => {
    const type = res.request().resourceType();
    if (type !== 'script' && !/javascript/.test(res.headers()['content-type'] ?? '')) return;
    pending.push(
      res
        .body()
        .then((b) => ({ url: new URL(res.url()).pathname, raw: b.length, gz: gzipSync(b, { level: 6 }).length }))
        .catch(() => null),
    );
  };
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
  } finally {
    page.off('response', onResponse);
  }
  const files = (await Promise.all(pending)).filter((f): f is NonNullable<typeof f> => f !== null);
  return {
    files: files.length,
    rawBytes: files.reduce((s, f) => s + f.raw, 0),
    gzipBytes: files.reduce((s, f) => s + f.gz, 0),
    largest: files
      .sort((a, b) => b.gz - a.gz)
      .slice(0, 5)
      .map((f) => ({ url: f.url, gzipBytes: f.gz })),
  };
}
