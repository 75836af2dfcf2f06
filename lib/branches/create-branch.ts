import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { branches } from '../db/schema';
import { forbidden } from '../errors';
import { assertOwnIntegration, branchNameConflict } from './branch-rules';
import type { CreateBranchInput } from './schemas';

export async function createBranch(actor: Actor, input: CreateBranchInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const integration = await assertOwnIntegration(tx, actor.accountId, input.integrationId);
      const [row] = await tx
        .insert(branches)
        .values({ ...input, accountId: actor.accountId })
        .returning({ id: branches.id });
      await recordActivity(tx, actor, {
        action: 'branch.created',
        entityType: 'branch',
        entityId: row.id,
        summary: integration
          ? `Criou a filial ${input.name}, vinculada à integração "${integration}"`
          : `Criou a filial ${input.name}, sem integração de assinatura`,
      });
      return { branchId: row.id };
    });
  } catch (err) {
    throw branchNameConflict(err);
  }
}
