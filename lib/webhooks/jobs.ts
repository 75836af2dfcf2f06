import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { now } from '../clock';
import { openSecret } from '../crypto/secret-box';
import { envelopeEvents, webhookDeliveries, webhookEndpoints } from '../db/schema';
import type { Executor } from '../db/client';
import { enqueueJob } from '../jobs/enqueue-job';
import { defineJob } from '../jobs/registry';
import { z } from '../validation';
import { buildWebhookBody } from './build-payload';
import { SECRET_PURPOSE } from './endpoints';
import { webhookEventByEvidenceType } from './events';
import { postWebhook } from './post-webhook';
import { signatureHeaders } from './signature';

/**
 * Backoff of lib/jobs (10 s · 2^n, capped at 1 h): 32 attempts span about 24 hours before a
 * delivery is given up as failed (it can still be resent by hand).
 */
export const WEBHOOK_MAX_ATTEMPTS = 32;

/** Queues one delivery's send job, in the caller's transaction. */
export async function enqueueDelivery(tx: Executor, accountId: string, deliveryId: string) {
  await enqueueJob(tx, { job: deliverWebhookJob, payload: { deliveryId }, accountId, maxAttempts: WEBHOOK_MAX_ATTEMPTS });
}

/**
 * 'webhooks.fan-out': queued by the database trigger on envelope_events in the event's own
 * transaction (so no committed event is ever missed, and lib/evidence knows nothing of webhooks).
 * Writes one delivery per subscribed endpoint, each with its own send job; a re-run adds nothing.
 */
export const fanOutWebhookJob = defineJob({
  type: 'webhooks.fan-out',
  schema: z.object({ eventId: z.uuid() }),
  maxAttempts: 8,
  async handler({ eventId }, { db }) {
    const [event] = await db.select().from(envelopeEvents).where(eq(envelopeEvents.id, eventId));
    const name = event && webhookEventByEvidenceType[event.type];
    if (!event || !name) return;
    const endpoints = await db
      .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.accountId, event.accountId), eq(webhookEndpoints.active, true)));
    const wanted = endpoints.filter((e) => e.events.includes(name));
    if (!wanted.length) return;
    const body = await buildWebhookBody(db, event, name);
    if (!body) return;
    await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(webhookDeliveries)
        .values(wanted.map((e) => ({ accountId: event.accountId, endpointId: e.id, eventId: event.id, envelopeId: event.envelopeId, event: name, body })))
        .onConflictDoNothing()
        .returning({ id: webhookDeliveries.id });
      for (const d of inserted) await enqueueDelivery(tx, event.accountId, d.id);
    });
  },
});

/** 'webhooks.deliver': one POST, signed at send time; non-2xx or no answer retries with backoff. */
export const deliverWebhookJob = defineJob({
  type: 'webhooks.deliver',
  schema: z.object({ deliveryId: z.uuid() }),
  maxAttempts: WEBHOOK_MAX_ATTEMPTS,
  async handler({ deliveryId }, { db, job }) {
    const [row] = await db
      .select({ d: webhookDeliveries, url: webhookEndpoints.url, secretEnc: webhookEndpoints.secretEnc })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(eq(webhookDeliveries.id, deliveryId));
    if (!row || row.d.status === 'succeeded') return;
    const secret = openSecret(row.secretEnc, SECRET_PURPOSE);
    const at = now();
    const headers = {
      ...signatureHeaders(secret, row.d.body, Math.floor(Date.now() / 1000)),
      'X-Rubrica-Event': row.d.event,
      'X-Rubrica-Delivery': row.d.id,
    };
    const result = await postWebhook(row.url, row.d.body, headers);
    const ok = 'status' in result && result.status >= 200 && result.status < 300;
    const last = job.attempts >= job.maxAttempts;
    const error = 'error' in result ? result.error : ok ? null : `O destino respondeu ${result.status}`;
    await db
      .update(webhookDeliveries)
      .set({
        attempts: row.d.attempts + 1,
        lastAttemptAt: at,
        lastStatusCode: 'status' in result ? result.status : null,
        lastResponse: 'status' in result ? result.body : null,
        lastError: error,
        status: ok ? 'succeeded' : last ? 'failed' : 'pending',
        deliveredAt: ok ? at : null,
      })
      .where(and(eq(webhookDeliveries.id, deliveryId), inArray(webhookDeliveries.status, ['pending', 'failed'])));
    if (!ok && !last) throw new Error(`Webhook ${row.url}: ${error}`);
  },
});
