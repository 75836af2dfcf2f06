import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import { hasRole, type Role } from '../auth/roles';
import { sealSecret } from '../crypto/secret-box';
import { getDb } from '../db/client';
import { webhookEndpoints } from '../db/schema';
import { forbidden, notFound } from '../errors';
import type { WebhookEvent } from './events';
import type { WebhookEndpointInput } from './schemas';

/** Staff (admins) from the console, or an API key with the "webhooks" scope. */
export type WebhookActor = { accountId: string; actorId: string | null; ip?: string | null; role: Role | 'api'; via?: string };

export const SECRET_PURPOSE = 'webhook-secret';

function authorize(actor: Pick<WebhookActor, 'role'>) {
  if (actor.role !== 'api' && !hasRole(actor.role, 'admin')) throw forbidden();
}

const via = (actor: WebhookActor) => (actor.role === 'api' ? ` pela API${actor.via ? ` (chave "${actor.via}")` : ''}` : '');

export function toEndpointView(row: typeof webhookEndpoints.$inferSelect) {
  return { id: row.id, url: row.url, description: row.description, events: row.events as WebhookEvent[], active: row.active, createdAt: row.createdAt.toISOString() };
}

/** Creates an endpoint with a fresh signing secret, returned once (it is stored sealed). */
export async function createWebhookEndpoint(actor: WebhookActor, input: WebhookEndpointInput) {
  authorize(actor);
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ accountId: actor.accountId, url: input.url, description: input.description ?? null, events: input.events, secretEnc: sealSecret(secret, SECRET_PURPOSE), createdBy: actor.actorId })
      .returning();
    await recordActivity(tx, actor, { action: 'webhook.created', entityType: 'webhook', entityId: row.id, summary: `Cadastrou o webhook ${input.url}${via(actor)}`, details: { events: input.events } });
    return { ...toEndpointView(row), secret };
  });
}

export async function listWebhookEndpoints(actor: Pick<WebhookActor, 'accountId' | 'role'>) {
  authorize(actor);
  const db = await getDb();
  const rows = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.accountId, actor.accountId)).orderBy(desc(webhookEndpoints.createdAt));
  return rows.map(toEndpointView);
}

export async function setWebhookEndpointActive(actor: WebhookActor, input: { id: string; active: boolean }) {
  authorize(actor);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ active: input.active })
      .where(and(eq(webhookEndpoints.id, input.id), eq(webhookEndpoints.accountId, actor.accountId)))
      .returning({ url: webhookEndpoints.url });
    if (!row) throw notFound('Webhook');
    await recordActivity(tx, actor, { action: input.active ? 'webhook.enabled' : 'webhook.disabled', entityType: 'webhook', entityId: input.id, summary: `${input.active ? 'Ativou' : 'Pausou'} o webhook ${row.url}${via(actor)}` });
  });
}

export async function deleteWebhookEndpoint(actor: WebhookActor, input: { id: string }) {
  authorize(actor);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, input.id), eq(webhookEndpoints.accountId, actor.accountId)))
      .returning({ url: webhookEndpoints.url });
    if (!row) throw notFound('Webhook');
    await recordActivity(tx, actor, { action: 'webhook.deleted', entityType: 'webhook', entityId: input.id, summary: `Excluiu o webhook ${row.url}${via(actor)}` });
  });
}
