import 'server-only';
import { and, eq } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { identityProofs } from '../db/schema';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { evidenceOf, type SignerRequest } from '../signing/signer-request';
import { consentTextSha256, IDENTITY_CONSENT_VERSION, identityConsentText } from './consent';
import { findProof, identityContextByToken, retentionYears } from './identity-context';

/**
 * The signer accepts the LGPD notice: before it, no camera opens and no image is accepted. The
 * acceptance (version and SHA-256 of the exact text shown) goes on the evidence trail.
 */
export async function acceptIdentityConsentByToken(token: string, input: { session: string | null | undefined }, req: SignerRequest) {
  const { signer } = await identityContextByToken(token, input.session, req);
  const { recipient, envelope } = signer;
  const at = now();
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx
      .insert(identityProofs)
      .values({ accountId: envelope.accountId, envelopeId: envelope.id, recipientId: recipient.id, requireSelfie: recipient.requireSelfie, requireIdDocument: recipient.requireIdDocument })
      .onConflictDoNothing();
    const proof = (await findProof(tx, recipient.id, { lock: true }))!;
    if (proof.status !== 'consent_pending') return { status: proof.status };
    const years = await retentionYears(tx, envelope.accountId);
    const paragraphs = identityConsentText({
      sender: signer.sender || 'Rubrica',
      retentionYears: years,
      selfie: recipient.requireSelfie,
      document: recipient.requireIdDocument,
    });
    const textSha256 = consentTextSha256(paragraphs);
    await tx
      .update(identityProofs)
      .set({ status: 'in_progress', consentVersion: IDENTITY_CONSENT_VERSION, consentTextSha256: textSha256, consentAt: at })
      .where(and(eq(identityProofs.id, proof.id), eq(identityProofs.status, 'consent_pending')));
    await recordEnvelopeEvent(tx, {
      accountId: envelope.accountId,
      envelopeId: envelope.id,
      type: 'identity.consent_accepted',
      recipientId: recipient.id,
      actorType: 'signer',
      ...evidenceOf(req),
      payload: { version: IDENTITY_CONSENT_VERSION, textSha256, legalBasis: 'LGPD art. 11', retentionYears: years, selfie: recipient.requireSelfie, idDocument: recipient.requireIdDocument },
      occurredAt: at,
    });
    return { status: 'in_progress' as const };
  });
}
