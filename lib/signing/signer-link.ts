import { createHash, createHmac } from 'node:crypto';
import { deriveKey } from '../config/secret';
import { env } from '../env';

/**
 * A signer's link token: 256 bits derived from the server secret, the recipient id and the link
 * version. The database keeps only its SHA-256 (a leaked dump opens no envelope); staff can still
 * show the link, and bumping linkVersion revokes it.
 */
export function signerToken(recipientId: string, linkVersion: number): string {
  return createHmac('sha256', deriveKey('signer-links')).update(`${recipientId}:${linkVersion}`).digest('base64url');
}

export function hashSignerToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function signerUrl(token: string): string {
  return `${env().publicUrl}/s/${token}`;
}
