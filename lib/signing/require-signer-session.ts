import { now } from '../clock';
import { AppError } from '../errors';
import { verifySignerSession, type SignerSessionClaims } from './signer-session';

export const SESSION_REQUIRED_MESSAGE = 'Confirme o código de acesso para continuar.';

/**
 * The signer's proven access, or a refusal asking for the code again. A recipient whose sender
 * chose no authentication (authMethod "none") proves nothing beyond holding the link.
 */
export function requireSignerSession(
  value: string | null | undefined,
  recipient: { id: string; linkVersion: number; authMethod: SignerSessionClaims['method'] },
): SignerSessionClaims {
  const at = now();
  if (recipient.authMethod === 'none') {
    return { recipientId: recipient.id, linkVersion: recipient.linkVersion, method: 'none', destination: null, issuedAt: at, expiresAt: at };
  }
  const claims = verifySignerSession(value, recipient, at);
  if (!claims) throw new AppError('UNAUTHENTICATED', { userMessage: SESSION_REQUIRED_MESSAGE });
  return claims;
}
