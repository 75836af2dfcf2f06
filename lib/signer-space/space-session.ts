import { openSecret, sealSecret } from '../crypto/secret-box';
import { readClaims, signClaims } from '../crypto/signed-claims';

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
const PURPOSE = 'signer-space-session';
const CPF_PURPOSE = 'signer-space.cpf';

/** A stateless session `p1.<claims>.<hmac>` (the CPF sealed inside), worthless once expired or with any byte changed. */
export function createSpaceSession(claims: Omit<SpaceSession, 'expiresAt'>, at: Date): { value: string; expiresAt: Date } {
  const expiresAt = new Date(at.getTime() + SPACE_SESSION_TTL_MS);
  return { value: signClaims(PURPOSE, VERSION, { c: sealSecret(claims.cpf, CPF_PURPOSE), m: claims.channel, d: claims.destination, e: expiresAt.getTime() }), expiresAt };
}

export function verifySpaceSession(value: string | null | undefined, at: Date): SpaceSession | null {
  const c = readClaims(PURPOSE, VERSION, value, 1000);
  if (!c || typeof c.c !== 'string' || typeof c.e !== 'number' || c.e <= at.getTime()) return null;
  if (c.m !== 'email' && c.m !== 'sms' && c.m !== 'whatsapp') return null;
  let cpf: string;
  try {
    cpf = openSecret(c.c, CPF_PURPOSE);
  } catch {
    return null;
  }
  return { cpf, channel: c.m, destination: typeof c.d === 'string' ? c.d : '', expiresAt: new Date(c.e) };
}
