import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { notificationTemplates } from '../db/schema';
import { forbidden } from '../errors';
import { channelLabels, type CreateTemplateInput } from './schemas';

export async function createTemplate(actor: Actor, input: CreateTemplateInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(notificationTemplates)
      .values({
        accountId: actor.accountId,
        channel: input.channel,
        name: input.name,
        subject: input.channel === 'email' ? input.subject : null,
        body: input.body,
        externalName: input.channel === 'whatsapp' ? input.externalName : null,
      })
      .returning({ id: notificationTemplates.id });
    await recordActivity(tx, actor, {
      action: 'notification_template.created',
      entityType: 'notification_template',
      entityId: row.id,
      summary: `Criou o modelo de notificação "${input.name}" (${channelLabels[input.channel]})`,
    });
    return { templateId: row.id };
  });
}
