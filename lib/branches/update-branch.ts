import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { branches } from '../db/schema';
import { forbidden, notFound } from '../errors';
import { assertOwnIntegration, branchNameConflict } from './branch-rules';
import type { UpdateBranchInput } from './schemas';

export async function updateBranch(actor: Actor, input: UpdateBranchInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const { branchId, ...values } = input;
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const where = and(eq(branches.id, branchId), eq(branches.accountId, actor.accountId));
      const [saved] = await tx.select().from(branches).where(where).for('update');
      if (!saved) throw notFound('Filial');
      const integration = await assertOwnIntegration(tx, actor.accountId, values.integrationId);
      await tx.update(branches).set(values).where(where);
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => values[k] !== saved[k]);
      const relinked = values.integrationId !== saved.integrationId;
      await recordActivity(tx, actor, {
        action: 'branch.updated',
        entityType: 'branch',
        entityId: saved.id,
        summary: relinked
          ? `Alterou a filial ${input.name}: ${integration ? `agora usa a integração "${integration}"` : 'ficou sem integração de assinatura'}`
          : `Alterou a filial ${input.name}`,
        details: { changed, integrationId: { from: saved.integrationId, to: values.integrationId } },
      });
    });
  } catch (err) {
    throw branchNameConflict(err);
  }
}
