import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { notificationTemplates } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';
import { channelLabels, type UpdateTemplateInput } from './schemas';

export async function updateTemplate(actor: Actor, input: UpdateTemplateInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const where = and(eq(notificationTemplates.id, input.templateId), eq(notificationTemplates.accountId, actor.accountId));
    const [saved] = await tx.select().from(notificationTemplates).where(where).for('update');
    if (!saved) throw notFound('Modelo de notificação');
    if (saved.channel !== input.channel) {
      throw new AppError('INVALID_STATE', {
        userMessage: 'O canal de um modelo não muda depois de criado: crie outro modelo para o outro canal.',
      });
    }
    const values = {
      name: input.name,
      subject: saved.channel === 'email' ? input.subject : null,
      body: input.body,
      externalName: saved.channel === 'whatsapp' ? input.externalName : null,
    };
    await tx.update(notificationTemplates).set(values).where(where);
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== saved[k]);
    await recordActivity(tx, actor, {
      action: 'notification_template.updated',
      entityType: 'notification_template',
      entityId: saved.id,
      summary: `Alterou o modelo de notificação "${input.name}" (${channelLabels[saved.channel]})`,
      details: { changed },
    });
  });
}
