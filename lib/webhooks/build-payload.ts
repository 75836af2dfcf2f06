import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { envelopeDocuments, envelopeRecipients, envelopes, type envelopeEvents } from '../db/schema';
import type { WebhookEvent } from './events';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The JSON a receiver gets: the event, the envelope as it is now, the signer it concerns, the documents. */
export async function buildWebhookBody(db: Executor, event: typeof envelopeEvents.$inferSelect, name: WebhookEvent): Promise<string | null> {
  const [envelope] = await db.select().from(envelopes).where(eq(envelopes.id, event.envelopeId));
  if (!envelope) return null;
  const [signer] = event.recipientId ? await db.select().from(envelopeRecipients).where(eq(envelopeRecipients.id, event.recipientId)) : [];
  const docs = await db.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, envelope.id)).orderBy(asc(envelopeDocuments.position));
  return JSON.stringify({
    id: event.id,
    event: name,
    occurredAt: event.occurredAt.toISOString(),
    accountId: envelope.accountId,
    data: {
      envelope: {
        id: envelope.id,
        name: envelope.name,
        status: envelope.status,
        createdAt: iso(envelope.createdAt),
        expiresAt: iso(envelope.expiresAt),
        completedAt: iso(envelope.completedAt),
      },
      signer: signer
        ? { id: signer.id, name: signer.name, email: signer.email, phone: signer.phone, status: signer.status, signedAt: iso(signer.signedAt), declineReason: signer.declineReason }
        : null,
      documents: docs.map((d) => ({ id: d.id, name: d.name, sha256: d.sha256, sealedSha256: d.sealedSha256 })),
    },
  });
}
