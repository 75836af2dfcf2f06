import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveKey } from '../config/secret';

/**
 * How access codes are stored — the 6-digit one-time codes and the sender's 4-digit access code
 * (envelope_recipients.accessCodeHash) alike: HMAC with a derived key over recipientId:code. A plain
 * hash of a 4- or 6-digit code is reversed by trying every code; the key keeps a dump useless.
 */
export function hashSignerCode(recipientId: string, code: string): string {
  return createHmac('sha256', deriveKey('signer-codes')).update(`${recipientId}:${code}`).digest('hex');
}

/** Constant-time comparison of a typed code against a stored hash. */
export function signerCodeMatches(recipientId: string, code: string, storedHash: string): boolean {
  const typed = Buffer.from(hashSignerCode(recipientId, code), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return typed.length === stored.length && timingSafeEqual(typed, stored);
}
