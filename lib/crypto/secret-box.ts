import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { deriveKey } from '../config/secret';

const VERSION = 'v1';

/**
 * Encrypts a secret for storage (AES-256-GCM, key derived from RUBRICA_SECRET). `purpose` is bound
 * as additional data, so a ciphertext copied into another column or row kind does not decrypt.
 */
export function sealSecret(plaintext: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey('encryption-at-rest'), iv);
  cipher.setAAD(Buffer.from(purpose));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ct.toString('base64')].join(':');
}

export function openSecret(sealed: string, purpose: string): string {
  const [version, iv, tag, ct] = sealed.split(':');
  if (version !== VERSION || !iv || !tag || ct === undefined) throw new Error('Segredo armazenado em formato desconhecido.');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey('encryption-at-rest'), Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
}

/** What the browser may see of a stored secret: whether it is set, never its value. */
export const SECRET_MASK = '••••••••';

const BYTES_VERSION = 1;

/**
 * sealSecret for files (ID photos, selfies): version byte, 12-byte IV, 16-byte tag, ciphertext.
 * Same key and AAD binding, without the base64 cost on megabytes.
 */
export function sealBytes(plain: Uint8Array, purpose: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey('encryption-at-rest'), iv);
  cipher.setAAD(Buffer.from(purpose));
  const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([BYTES_VERSION]), iv, cipher.getAuthTag(), ct]);
}

export function openBytes(sealed: Uint8Array, purpose: string): Buffer {
  const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (buf.length < 29 || buf[0] !== BYTES_VERSION) throw new Error('Arquivo cifrado em formato desconhecido.');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey('encryption-at-rest'), buf.subarray(1, 13));
  decipher.setAAD(Buffer.from(purpose));
  decipher.setAuthTag(buf.subarray(13, 29));
  return Buffer.concat([decipher.update(buf.subarray(29)), decipher.final()]);
}
