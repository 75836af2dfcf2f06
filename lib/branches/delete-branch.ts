import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { refuseIfContractsUse } from '../contracts/refuse-if-contracts-use';
import { getDb } from '../db/client';
import { branches } from '../db/schema';
import { forbidden, notFound } from '../errors';

export async function deleteBranch(actor: Actor, input: { branchId: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ name: branches.name })
      .from(branches)
      .where(and(eq(branches.id, input.branchId), eq(branches.accountId, actor.accountId)))
      .for('update');
    if (!existing) throw notFound('Filial');
    await refuseIfContractsUse(tx, actor.accountId, { branchId: input.branchId, what: `a filial ${existing.name}` });
    const [row] = await tx
      .delete(branches)
      .where(and(eq(branches.id, input.branchId), eq(branches.accountId, actor.accountId)))
      .returning({ id: branches.id, name: branches.name });
    if (!row) throw notFound('Filial');
    await recordActivity(tx, actor, {
      action: 'branch.deleted',
      entityType: 'branch',
      entityId: row.id,
      summary: `Excluiu a filial ${row.name}`,
    });
  });
}
