import { readClaims, signClaims } from '../crypto/signed-claims';

/** Name of the httpOnly cookie the signer pages set (path /s/<token>, so two envelopes never clash). */
export const SIGNER_SESSION_COOKIE = 'rubrica_signer';
export const SIGNER_SESSION_TTL_MS = 2 * 60 * 60 * 1000;

export type SignerSessionClaims = {
  recipientId: string;
  linkVersion: number;
  /** How the signer proved access: email / sms / whatsapp (one-time code) or access_code. */
  method: 'email' | 'sms' | 'whatsapp' | 'access_code' | 'none';
  /** Masked destination of the code ("jo***@cliente.com.br"), for the evidence of the signature. */
  destination: string | null;
  issuedAt: Date;
  expiresAt: Date;
};

const VERSION = 's1';
const PURPOSE = 'signer-session';

/**
 * A stateless session: `s1.<claims>.<hmac>`. It binds the recipient and its link version, so it is
 * worthless for another signer and dies when staff revoke the link (linkVersion bump).
 */
export function createSignerSession(claims: Omit<SignerSessionClaims, 'issuedAt' | 'expiresAt'>, at: Date): { value: string; expiresAt: Date } {
  const expiresAt = new Date(at.getTime() + SIGNER_SESSION_TTL_MS);
  const value = signClaims(PURPOSE, VERSION, { r: claims.recipientId, v: claims.linkVersion, m: claims.method, d: claims.destination, i: at.getTime(), e: expiresAt.getTime() });
  return { value, expiresAt };
}

/** The claims when the value is authentic, unexpired and bound to this recipient and link version. */
export function verifySignerSession(value: string | null | undefined, recipient: { id: string; linkVersion: number }, at: Date): SignerSessionClaims | null {
  const c = readClaims(PURPOSE, VERSION, value);
  if (!c || c.r !== recipient.id || c.v !== recipient.linkVersion || typeof c.e !== 'number' || typeof c.i !== 'number') return null;
  if (c.e <= at.getTime()) return null;
  return {
    recipientId: recipient.id,
    linkVersion: recipient.linkVersion,
    method: c.m as SignerSessionClaims['method'],
    destination: typeof c.d === 'string' ? c.d : null,
    issuedAt: new Date(c.i),
    expiresAt: new Date(c.e),
  };
}
