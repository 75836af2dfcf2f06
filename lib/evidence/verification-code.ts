import { randomBytes } from 'node:crypto';

// Crockford-style alphabet: no I, L, O, U — nothing to misread when typed from paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "7KQ2-M9XD-4TNB": 60 random bits, printed on the sealed PDF and behind its QR code. */
export function newVerificationCode(): string {
  const bytes = randomBytes(12);
  let out = '';
  for (let i = 0; i < 12; i++) out += ALPHABET[bytes[i] & 31];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

/** What a person typed ("7kq2 m9xd 4tnb", "7KQ2M9XD4TNB") in the stored form, or null. */
export function normalizeVerificationCode(input: string): string | null {
  const clean = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (clean.length !== 12 || [...clean].some((c) => !ALPHABET.includes(c))) return null;
  return `${clean.slice(0, 4)}-${clean.slice(4, 8)}-${clean.slice(8)}`;
}
