import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { envelopeDocuments, envelopeRecipients, envelopes, integrations, signerAttachments } from '../db/schema';
import { signerToken, signerUrl } from '../signing/signer-link';

/** "Histórico de assinaturas digitais" of a contract, with each signer's details and link. */
export async function listContractEnvelopes(actor: Pick<Actor, 'accountId'>, contractId: string) {
  const db = await getDb();
  const rows = await db
    .select({
      id: envelopes.id,
      name: envelopes.name,
      origin: envelopes.origin,
      status: envelopes.status,
      createdAt: envelopes.createdAt,
      sentAt: envelopes.sentAt,
      completedAt: envelopes.completedAt,
      expiresAt: envelopes.expiresAt,
      provider: envelopes.provider,
      environment: envelopes.environment,
      integrationDescription: integrations.description,
    })
    .from(envelopes)
    .leftJoin(integrations, eq(integrations.id, envelopes.integrationId))
    .where(and(eq(envelopes.accountId, actor.accountId), eq(envelopes.contractId, contractId)))
    .orderBy(desc(envelopes.createdAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [recipients, documents, attachments] = await Promise.all([
    db
      .select()
      .from(envelopeRecipients)
      .where(and(eq(envelopeRecipients.accountId, actor.accountId), inArray(envelopeRecipients.envelopeId, ids)))
      .orderBy(asc(envelopeRecipients.position)),
    db
      .select({ envelopeId: envelopeDocuments.envelopeId, id: envelopeDocuments.id, name: envelopeDocuments.name, kind: envelopeDocuments.kind, pageCount: envelopeDocuments.pageCount })
      .from(envelopeDocuments)
      .where(and(eq(envelopeDocuments.accountId, actor.accountId), inArray(envelopeDocuments.envelopeId, ids)))
      .orderBy(asc(envelopeDocuments.position)),
    db
      .select({
        id: signerAttachments.id,
        recipientId: signerAttachments.recipientId,
        requestId: signerAttachments.requestId,
        name: signerAttachments.name,
        fileName: signerAttachments.fileName,
        sizeBytes: signerAttachments.sizeBytes,
        uploadedAt: signerAttachments.uploadedAt,
      })
      .from(signerAttachments)
      .where(and(eq(signerAttachments.accountId, actor.accountId), inArray(signerAttachments.envelopeId, ids)))
      .orderBy(asc(signerAttachments.uploadedAt)),
  ]);
  return rows.map((e) => ({
    ...e,
    documents: documents.filter((d) => d.envelopeId === e.id),
    recipients: recipients
      .filter((r) => r.envelopeId === e.id)
      .map((r) => ({
        id: r.id,
        name: r.name,
        role: r.role,
        email: r.email,
        phone: r.phone,
        cpf: r.cpf,
        action: r.action,
        signingOrder: r.signingOrder,
        deliveryChannel: r.deliveryChannel,
        status: r.status,
        signedAt: r.signedAt,
        documentNumber: r.providedDocumentNumber,
        // "Anexos": what was asked, and what the signer sent (download through the console route).
        attachmentRequests: r.attachmentRequests,
        attachments: attachments.filter((a) => a.recipientId === r.id),
        url: signerUrl(signerToken(r.id, r.linkVersion)),
      })),
  }));
}
