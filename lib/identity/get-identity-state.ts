import 'server-only';
import { getDb } from '../db/client';
import { requireSignerSession } from '../signing/require-signer-session';
import { requireRecipientByToken, type ResolvedSigner } from '../signing/resolve-token';
import type { SignerRequest } from '../signing/signer-request';
import { IDENTITY_CONSENT_VERSION, identityConsentText } from './consent';
import { findProof, retentionYears } from './identity-context';
import { guidanceFor, identityRequired, MAX_FAILED_ATTEMPTS, nextIdentityStep, type IdentityStatus } from './policy';

export type IdentityState = {
  required: { selfie: boolean; document: boolean };
  status: IdentityStatus;
  step: ReturnType<typeof nextIdentityStep>;
  attemptsLeft: number;
  /** What to do differently, after a failed check. */
  guidance: string | null;
  consent: { version: string; paragraphs: string[] };
  reviewReason: string | null;
};

/**
 * Where the signer stands in the identity proof, for the portal page (which already resolved the
 * link and the session); null when the sender asked for no proof.
 */
export async function getIdentityState(signer: ResolvedSigner): Promise<IdentityState | null> {
  const { recipient, envelope } = signer;
  if (recipient.action === 'copy' || !identityRequired(recipient)) return null;
  const db = await getDb();
  const proof = await findProof(db, recipient.id);
  const status: IdentityStatus = proof?.status ?? 'consent_pending';
  return {
    required: { selfie: recipient.requireSelfie, document: recipient.requireIdDocument },
    status,
    step: nextIdentityStep(recipient, { status, selfiePassed: !!proof?.selfiePassedAt }),
    attemptsLeft: Math.max(0, MAX_FAILED_ATTEMPTS - (proof?.failedAttempts ?? 0)),
    guidance: proof && status === 'in_progress' ? guidanceFor(proof.lastChecks) : null,
    consent: {
      version: IDENTITY_CONSENT_VERSION,
      paragraphs: identityConsentText({
        sender: signer.sender || 'Rubrica',
        retentionYears: await retentionYears(db, envelope.accountId),
        selfie: recipient.requireSelfie,
        document: recipient.requireIdDocument,
      }),
    },
    reviewReason: status === 'rejected' ? (proof?.reviewReason ?? null) : null,
  };
}

/** getIdentityState for the identity step's own request: the link and the session are checked first. */
export async function getIdentityStateByToken(token: string, session: string | null | undefined, req: SignerRequest): Promise<IdentityState | null> {
  const signer = await requireRecipientByToken(token, req);
  requireSignerSession(session, signer.recipient);
  return getIdentityState(signer);
}
