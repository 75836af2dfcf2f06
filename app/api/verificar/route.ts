import { verifyUpload } from '@/lib/evidence/verify-sealed-document';
import { MAX_VERIFY_BYTES } from '@/lib/evidence/verify-limits';
import { clientIp } from '@/lib/http/client-ip';
import { takeRateLimit } from '@/lib/http/rate-limit';

export const dynamic = 'force-dynamic';


const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

/**
 * POST the PDF itself as the body (public, no login). Answers whether that exact file is one we
 * sealed and whether its embedded signature holds. Nothing is stored.
 */
export async function POST(req: Request) {
  const ip = clientIp(req.headers) ?? 'unknown';
  const limit = takeRateLimit(`verify-upload:${ip}`, 10, 60_000);
  if (!limit.ok) return json(429, { error: 'rate_limited' }, { 'Retry-After': String(limit.retryAfterS) });
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_VERIFY_BYTES) return json(413, { error: 'too_large' });
  if (!req.body) return json(400, { error: 'not_pdf' });

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_VERIFY_BYTES) {
      await reader.cancel();
      return json(413, { error: 'too_large' });
    }
    chunks.push(value);
  }
  const bytes = Buffer.concat(chunks);
  // PDF by content, not by name or Content-Type: "%PDF-" within the first 1024 bytes (ISO 32000).
  if (!bytes.subarray(0, 1024).includes('%PDF-')) return json(415, { error: 'not_pdf' });
  return json(200, await verifyUpload(bytes));
}
