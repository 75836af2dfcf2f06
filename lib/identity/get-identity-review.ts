import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { openSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { envelopeRecipients, envelopes, identityProofs, users } from '../db/schema';
import { notFound } from '../errors';
import { formatTaxId } from '../people/tax-id';
import { readIdentityImage, type ImageKind } from './image-vault';
import { ocrPurpose } from './submit-id-document-by-token';

async function loadProof(actor: Pick<Actor, 'accountId'>, proofId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ proof: identityProofs, recipient: envelopeRecipients, envelopeName: envelopes.name, reviewerName: users.name })
    .from(identityProofs)
    .innerJoin(envelopeRecipients, eq(envelopeRecipients.id, identityProofs.recipientId))
    .innerJoin(envelopes, eq(envelopes.id, identityProofs.envelopeId))
    .leftJoin(users, eq(users.id, identityProofs.reviewedBy))
    .where(and(eq(identityProofs.id, proofId), eq(identityProofs.accountId, actor.accountId)));
  if (!row) throw notFound('Análise de identidade');
  return row;
}

/** One proof as the reviewer sees it: who, what each check measured, and what OCR read. */
export async function getIdentityReview(actor: Pick<Actor, 'accountId'>, proofId: string) {
  const { proof, recipient, envelopeName, reviewerName } = await loadProof(actor, proofId);
  return {
    id: proof.id,
    status: proof.status,
    envelopeId: proof.envelopeId,
    envelopeName,
    recipient: { name: recipient.name, cpf: recipient.cpf ? formatTaxId(recipient.cpf) : null, email: recipient.email },
    failedAttempts: proof.failedAttempts,
    checks: proof.lastChecks,
    ocrText: proof.ocrTextEnc ? openSecret(proof.ocrTextEnc, ocrPurpose(proof.id)).replace(/\n\s*\n/g, '\n').trim() : null,
    images: { selfie: !!proof.selfieBlob, document: !!proof.documentBlob, document_back: !!proof.documentBackBlob },
    imagesDeletedAt: proof.imagesDeletedAt,
    reviewRequestedAt: proof.reviewRequestedAt,
    reviewedAt: proof.reviewedAt,
    reviewerName,
    reviewReason: proof.reviewReason,
  };
}

/** The decrypted image for the reviewer's screen; never cached, never logged. */
export async function readIdentityReviewImage(actor: Pick<Actor, 'accountId'>, proofId: string, kind: ImageKind): Promise<Buffer> {
  const { proof } = await loadProof(actor, proofId);
  const blob = kind === 'selfie' ? proof.selfieBlob : kind === 'document' ? proof.documentBlob : proof.documentBackBlob;
  if (!blob) throw notFound('Imagem');
  return readIdentityImage(proof.id, kind, blob);
}
