import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { branches, integrations } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';
import { providerLabel } from './providers';

/** Refused while any branch uses the integration: the message names those branches. */
export async function deleteIntegration(actor: Actor, input: { integrationId: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const where = and(eq(integrations.id, input.integrationId), eq(integrations.accountId, actor.accountId));
    // The row lock also waits for a branch being linked to it right now (its FK check locks the row).
    const [row] = await tx
      .select({ id: integrations.id, description: integrations.description, provider: integrations.provider })
      .from(integrations)
      .where(where)
      .for('update');
    if (!row) throw notFound('Integração');
    const users = await tx
      .select({ name: branches.name })
      .from(branches)
      .where(and(eq(branches.accountId, actor.accountId), eq(branches.integrationId, row.id)))
      .orderBy(asc(branches.name));
    if (users.length) {
      const names = users.map((b) => b.name).join(', ');
      throw new AppError('CONFLICT', {
        userMessage: `A integração "${row.description}" está em uso pelas filiais: ${names}. Vincule essas filiais a outra integração antes de excluir.`,
      });
    }
    await tx.delete(integrations).where(where);
    await recordActivity(tx, actor, {
      action: 'integration.deleted',
      entityType: 'integration',
      entityId: row.id,
      summary: `Excluiu a integração "${row.description}" (${providerLabel(row.provider)})`,
    });
  });
}
