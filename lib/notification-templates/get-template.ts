import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { notificationTemplates } from '../db/schema';
import { notFound } from '../errors';

export async function getTemplate(actor: Pick<Actor, 'accountId'>, templateId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: notificationTemplates.id,
      channel: notificationTemplates.channel,
      name: notificationTemplates.name,
      subject: notificationTemplates.subject,
      body: notificationTemplates.body,
      externalName: notificationTemplates.externalName,
      updatedAt: notificationTemplates.updatedAt,
    })
    .from(notificationTemplates)
    .where(and(eq(notificationTemplates.id, templateId), eq(notificationTemplates.accountId, actor.accountId)));
  if (!row) throw notFound('Modelo de notificação');
  return row;
}
