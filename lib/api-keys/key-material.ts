import { createHash, randomBytes } from 'node:crypto';

/** A new key: "rbk_" + 256 random bits. Shown once; only its hash is kept. */
export function generateApiKey(): string {
  return `rbk_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** What the console shows to tell keys apart: enough to recognise, useless to authenticate. */
export function keyPrefix(key: string): string {
  return key.slice(0, 12);
}
