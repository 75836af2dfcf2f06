import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The two signatures every delivery carries (docs/webhooks.md):
 * - `Content-Hmac: sha256=<hex HMAC-SHA256(secret, raw body)>`, exactly as Clicksign's webhooks;
 * - `X-Rubrica-Timestamp: <unix seconds>` + `X-Rubrica-Signature: v1=<hex HMAC-SHA256(secret, ts + "." + raw body)>`,
 *   so a receiver can refuse replays older than a few minutes.
 */
export function signatureHeaders(secret: string, body: string, timestampSeconds: number): Record<string, string> {
  const hmac = (data: string) => createHmac('sha256', secret).update(data, 'utf8').digest('hex');
  return {
    'Content-Hmac': `sha256=${hmac(body)}`,
    'X-Rubrica-Timestamp': String(timestampSeconds),
    'X-Rubrica-Signature': `v1=${hmac(`${timestampSeconds}.${body}`)}`,
  };
}

/** What a receiver does (also used by our tests): constant-time check, refusing stale timestamps. */
export function verifyRubricaSignature(secret: string, body: string, timestamp: string, signature: string, opts: { toleranceSeconds?: number; nowSeconds?: number } = {}): boolean {
  const ts = Number(timestamp);
  const nowS = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (!Number.isInteger(ts) || Math.abs(nowS - ts) > (opts.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${ts}.${body}`, 'utf8').digest('hex')}`);
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
