import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveKey } from '../config/secret';

// A stateless, tamper-proof value for a cookie: `<version>.<base64url JSON>.<base64url HMAC>`, the
// HMAC keyed per purpose so a value made for one use is worthless for another. The claims are
// readable by whoever holds the value: seal anything secret inside them first.

const mac = (purpose: string, version: string, body: string) => createHmac('sha256', deriveKey(purpose)).update(`${version}.${body}`).digest();

export function signClaims(purpose: string, version: string, claims: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${version}.${body}.${mac(purpose, version, body).toString('base64url')}`;
}

/** The claims when the value is authentic and of this version; null for anything else. */
export function readClaims(purpose: string, version: string, value: string | null | undefined, maxLength = 2000): Record<string, unknown> | null {
  if (typeof value !== 'string' || value.length > maxLength) return null;
  const [v, body, sig, ...rest] = value.split('.');
  if (v !== version || !body || !sig || rest.length) return null;
  const expected = mac(purpose, version, body);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
