import 'server-only';
import { and, asc, eq, or } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { integrations, notificationTemplates } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';
import { channelLabels } from './schemas';

/**
 * Refused while an integration sends it: the database would quietly unlink it (ON DELETE SET
 * NULL) and signers would stop getting that message, so the person is told which ones first.
 */
export async function deleteTemplate(actor: Actor, input: { templateId: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const where = and(eq(notificationTemplates.id, input.templateId), eq(notificationTemplates.accountId, actor.accountId));
    const [row] = await tx
      .select({ id: notificationTemplates.id, name: notificationTemplates.name, channel: notificationTemplates.channel })
      .from(notificationTemplates)
      .where(where)
      .for('update');
    if (!row) throw notFound('Modelo de notificação');
    const usedBy = await tx
      .select({ description: integrations.description })
      .from(integrations)
      .where(
        and(
          eq(integrations.accountId, actor.accountId),
          or(
            eq(integrations.customerEmailTemplateId, row.id),
            eq(integrations.witnessEmailTemplateId, row.id),
            eq(integrations.customerWhatsappTemplateId, row.id),
            eq(integrations.witnessWhatsappTemplateId, row.id),
          ),
        ),
      )
      .orderBy(asc(integrations.description));
    if (usedBy.length) {
      throw new AppError('CONFLICT', {
        userMessage: `O modelo "${row.name}" está em uso pelas integrações: ${usedBy.map((i) => i.description).join(', ')}. Escolha outro modelo nelas antes de excluir.`,
      });
    }
    await tx.delete(notificationTemplates).where(where);
    await recordActivity(tx, actor, {
      action: 'notification_template.deleted',
      entityType: 'notification_template',
      entityId: row.id,
      summary: `Excluiu o modelo de notificação "${row.name}" (${channelLabels[row.channel]})`,
    });
  });
}
