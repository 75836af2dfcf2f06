import { isIP } from 'node:net';
import { AppError } from '../errors';

/** What every signer-portal use-case is told about the request, for its evidence. */
export type SignerRequest = { ip: string | null; userAgent: string | null };

/** The one neutral answer to any bad link: unknown, tampered, revoked, expired, cancelled. */
export const LINK_INVALID_MESSAGE = 'Link inválido ou expirado.';

export const linkInvalid = () => new AppError('NOT_FOUND', { userMessage: LINK_INVALID_MESSAGE });

/** The evidence columns: a malformed IP (the column is inet) is dropped rather than failing the request. */
export function evidenceOf(req: SignerRequest): { ip: string | null; userAgent: string | null } {
  const ip = req.ip?.trim() ?? '';
  return { ip: isIP(ip) ? ip : null, userAgent: req.userAgent?.slice(0, 500) || null };
}
