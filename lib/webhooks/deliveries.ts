import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import { getDb } from '../db/client';
import { webhookDeliveries, webhookEndpoints } from '../db/schema';
import { notFound } from '../errors';
import type { WebhookActor } from './endpoints';
import { enqueueDelivery } from './jobs';

/** The delivery log: newest first, with what the receiver answered last. */
export async function listWebhookDeliveries(actor: Pick<WebhookActor, 'accountId'>, opts: { limit?: number } = {}) {
  const db = await getDb();
  return db
    .select({
      id: webhookDeliveries.id,
      event: webhookDeliveries.event,
      envelopeId: webhookDeliveries.envelopeId,
      url: webhookEndpoints.url,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastResponse: webhookDeliveries.lastResponse,
      lastError: webhookDeliveries.lastError,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      resendOf: webhookDeliveries.resendOf,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.accountId, actor.accountId))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(opts.limit ?? 50);
}

/** "Reenviar": a new delivery of the same body (signed anew when sent), the original kept as it was. */
export async function resendWebhookDelivery(actor: WebhookActor, input: { id: string }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [original] = await tx
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, input.id), eq(webhookDeliveries.accountId, actor.accountId)));
    if (!original) throw notFound('Entrega de webhook');
    const [copy] = await tx
      .insert(webhookDeliveries)
      .values({ accountId: original.accountId, endpointId: original.endpointId, eventId: original.eventId, envelopeId: original.envelopeId, event: original.event, body: original.body, resendOf: original.id })
      .returning({ id: webhookDeliveries.id });
    await enqueueDelivery(tx, actor.accountId, copy.id);
    await recordActivity(tx, actor, { action: 'webhook.resent', entityType: 'webhook_delivery', entityId: copy.id, summary: `Reenviou o evento ${original.event} ao webhook` });
    return copy;
  });
}
