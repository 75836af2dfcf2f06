import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopeDocuments, envelopeEvents, envelopeRecipients, envelopes, integrations } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { createEnvelope } from './create-envelope';

const DAY_MS = 86_400_000;
const MAX_EXPIRY_DAYS = 90;

/**
 * "Reenviar como novo documento": an expired envelope goes out again as a new one — the same
 * documents (same stored files), the same people, channels and order, new links and a new deadline
 * of the same length — in one click. Both trails point at each other; the new one counts as a new
 * document of the package, like any envelope sent.
 */
export async function resendExpiredEnvelope(actor: Actor, input: { envelopeId: string }) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [old] = await tx
      .select()
      .from(envelopes)
      .where(and(eq(envelopes.id, input.envelopeId), eq(envelopes.accountId, actor.accountId)))
      .for('update');
    if (!old) throw notFound('Documento');
    if (old.status !== 'expired') throw new AppError('INVALID_STATE', { userMessage: 'Só um documento expirado pode ser reenviado como novo.' });
    const [already] = await tx
      .select({ id: envelopeEvents.id })
      .from(envelopeEvents)
      .where(and(eq(envelopeEvents.envelopeId, old.id), eq(envelopeEvents.type, 'envelope.resent_as_new')))
      .limit(1);
    if (already) throw new AppError('CONFLICT', { userMessage: 'Este documento já foi reenviado como novo.' });

    const [documents, people, [integration]] = await Promise.all([
      tx.select().from(envelopeDocuments).where(eq(envelopeDocuments.envelopeId, old.id)).orderBy(asc(envelopeDocuments.position)),
      tx.select().from(envelopeRecipients).where(eq(envelopeRecipients.envelopeId, old.id)).orderBy(asc(envelopeRecipients.position)),
      old.integrationId ? tx.select().from(integrations).where(eq(integrations.id, old.integrationId)) : Promise.resolve([]),
    ]);
    if (people.some((p) => p.authMethod === 'access_code')) {
      // Only the code's hash was kept, bound to the old recipient: it cannot be carried over.
      throw new AppError('INVALID_STATE', { userMessage: 'Este documento usa código de acesso definido por quem enviou: gere um novo documento pelo contrato e informe o código.' });
    }
    const days = Math.min(MAX_EXPIRY_DAYS, Math.max(1, Math.round((old.expiresAt.getTime() - (old.sentAt ?? old.createdAt).getTime()) / DAY_MS)));
    const { envelopeId } = await createEnvelope(tx, actor, {
      name: old.name,
      origin: old.origin,
      contractId: old.contractId,
      serviceOrderId: old.serviceOrderId,
      branchId: old.branchId,
      integration: integration
        ? { id: integration.id, provider: integration.provider, environment: integration.environment, defaultExpiryDays: integration.defaultExpiryDays }
        : { id: null, provider: old.provider, environment: old.environment, defaultExpiryDays: null },
      documents: documents.map((d) => ({
        name: d.name,
        kind: d.kind,
        documentTypeId: d.documentTypeId,
        contractTermId: d.contractTermId,
        sha256: d.sha256,
        sizeBytes: d.sizeBytes,
        pageCount: d.pageCount,
      })),
      recipients: people.map((p) => ({
        role: p.role,
        name: p.name,
        email: p.email,
        phone: p.phone,
        cpf: p.cpf,
        signingOrder: p.signingOrder,
        action: p.action,
        deliveryChannel: p.deliveryChannel,
        authMethod: p.authMethod,
        requireSelfie: p.requireSelfie,
        requireIdDocument: p.requireIdDocument,
        // What the sender asked of this signer comes along: files, a document number, signature boxes.
        attachmentRequests: p.attachmentRequests.map((a) => ({ name: a.name, required: a.required, visibleToAll: a.visibleToAll })),
        documentNumberRequest: p.documentNumberRequest,
        placements: p.signaturePlacements
          .filter((b) => documents.some((d) => d.id === b.documentId))
          .map(({ documentId, ...box }) => ({ document: documents.findIndex((d) => d.id === documentId), ...box })),
        customerId: p.customerId ?? undefined,
        contactId: p.contactId ?? undefined,
        employeeId: p.employeeId ?? undefined,
      })),
      readRequired: old.readRequired,
      signingOrdered: old.signingOrdered,
      expiresInDays: days,
      message: old.message,
    });
    await recordEnvelopeEvent(tx, {
      accountId: actor.accountId,
      envelopeId: old.id,
      type: 'envelope.resent_as_new',
      actorType: 'staff',
      actorId: actor.actorId,
      ip: actor.ip ?? null,
      payload: { newEnvelopeId: envelopeId },
      occurredAt: now(),
    });
    return { envelopeId };
  });
}
