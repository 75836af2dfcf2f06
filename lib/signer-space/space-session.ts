import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveKey } from '../config/secret';
import { openSecret, sealSecret } from '../crypto/secret-box';

/** httpOnly cookie of the signer space, path /s; short-lived because it opens every envelope of a CPF. */
export const SPACE_SESSION_COOKIE = 'rubrica_space';
export const SPACE_SESSION_TTL_MS = 30 * 60 * 1000;

export type SpaceSession = {
  /** The CPF's 11 digits; encrypted inside the cookie, never readable on the phone. */
  cpf: string;
  /** How the code was proven, for the evidence when an envelope is opened from the space. */
  channel: 'email' | 'sms' | 'whatsapp';
  destination: string;
  expiresAt: Date;
};

const VERSION = 'p1';
const PURPOSE = 'signer-space.cpf';
const mac = (body: string) => createHmac('sha256', deriveKey('signer-space-session')).update(`${VERSION}.${body}`).digest();

/** A stateless session `p1.<claims>.<hmac>`, worthless once expired or with any byte changed. */
export function createSpaceSession(claims: Omit<SpaceSession, 'expiresAt'>, at: Date): { value: string; expiresAt: Date } {
  const expiresAt = new Date(at.getTime() + SPACE_SESSION_TTL_MS);
  const body = Buffer.from(JSON.stringify({ c: sealSecret(claims.cpf, PURPOSE), m: claims.channel, d: claims.destination, e: expiresAt.getTime() })).toString('base64url');
  return { value: `${VERSION}.${body}.${mac(body).toString('base64url')}`, expiresAt };
}

export function verifySpaceSession(value: string | null | undefined, at: Date): SpaceSession | null {
  if (typeof value !== 'string' || value.length > 1000) return null;
  const [version, body, sig, ...rest] = value.split('.');
  if (version !== VERSION || !body || !sig || rest.length) return null;
  const expected = mac(body);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let c: { c?: unknown; m?: unknown; d?: unknown; e?: unknown };
  try {
    c = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof c.c !== 'string' || typeof c.e !== 'number' || c.e <= at.getTime()) return null;
  if (c.m !== 'email' && c.m !== 'sms' && c.m !== 'whatsapp') return null;
  let cpf: string;
  try {
    cpf = openSecret(c.c, PURPOSE);
  } catch {
    return null;
  }
  return { cpf, channel: c.m, destination: typeof c.d === 'string' ? c.d : '', expiresAt: new Date(c.e) };
}
