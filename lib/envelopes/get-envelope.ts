import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches, contracts, customers, envelopeDocuments, envelopeRecipients, envelopes, integrations } from '../db/schema';
import { notFound } from '../errors';
import { signerToken, signerUrl } from '../signing/signer-link';

/** One envelope of the actor's account: documents, recipients (with their links) and where it came from. */
export async function getEnvelope(actor: Pick<Actor, 'accountId'>, envelopeId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      envelope: envelopes,
      integrationDescription: integrations.description,
      branchName: branches.name,
      contractNumber: contracts.number,
      customerName: customers.name,
    })
    .from(envelopes)
    .leftJoin(integrations, eq(integrations.id, envelopes.integrationId))
    .leftJoin(branches, eq(branches.id, envelopes.branchId))
    .leftJoin(contracts, eq(contracts.id, envelopes.contractId))
    .leftJoin(customers, eq(customers.id, contracts.customerId))
    .where(and(eq(envelopes.id, envelopeId), eq(envelopes.accountId, actor.accountId)));
  if (!row) throw notFound('Documento');
  const [recipients, documents] = await Promise.all([
    db.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, envelopeId)).orderBy(asc(envelopeRecipients.position)),
    db
      .select({ id: envelopeDocuments.id, name: envelopeDocuments.name, pageCount: envelopeDocuments.pageCount })
      .from(envelopeDocuments)
      .where(eq(envelopeDocuments.envelopeId, envelopeId))
      .orderBy(asc(envelopeDocuments.position)),
  ]);
  const e = row.envelope;
  return {
    id: e.id,
    name: e.name,
    status: e.status,
    origin: e.origin,
    environment: e.environment,
    provider: e.provider,
    contractId: e.contractId,
    createdAt: e.createdAt,
    sentAt: e.sentAt,
    completedAt: e.completedAt,
    expiresAt: e.expiresAt,
    integrationDescription: row.integrationDescription,
    branchName: row.branchName,
    contractNumber: row.contractNumber,
    customerName: row.customerName,
    documents,
    recipients: recipients.map((r) => ({
      id: r.id,
      name: r.name,
      role: r.role,
      action: r.action,
      email: r.email,
      phone: r.phone,
      signingOrder: r.signingOrder,
      deliveryChannel: r.deliveryChannel,
      authMethod: r.authMethod,
      status: r.status,
      sentAt: r.sentAt,
      signedAt: r.signedAt,
      url: signerUrl(signerToken(r.id, r.linkVersion)),
    })),
  };
}

export type EnvelopeDetail = Awaited<ReturnType<typeof getEnvelope>>;
