import { createHmac } from 'node:crypto';
import { deriveKey } from '../config/secret';

/** How the signer space refers to a CPF at rest and in its cookie: an HMAC, so neither holds the CPF. */
export function cpfKey(cpfDigits: string): string {
  return createHmac('sha256', deriveKey('signer-space-cpf')).update(cpfDigits).digest('hex');
}

/** HMAC of cpfKey:code, the way the space's one-time codes are stored. */
export function spaceCodeHash(key: string, code: string): string {
  return createHmac('sha256', deriveKey('signer-space-codes')).update(`${key}:${code}`).digest('hex');
}
