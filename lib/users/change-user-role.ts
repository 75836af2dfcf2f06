import 'server-only';
import { eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { canAssignRole, roleLabels } from '../auth/roles';
import { getDb } from '../db/client';
import { users } from '../db/schema';
import { forbidden } from '../errors';
import type { ChangeUserRoleInput } from './schemas';
import { assertAnotherActiveOwner, lockManageableUser } from './target-user';

export async function changeUserRole(actor: Actor, input: ChangeUserRoleInput) {
  if (!canAssignRole(actor.role, input.role)) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const target = await lockManageableUser(tx, actor, input.userId);
    if (target.role === input.role) return;
    if (target.role === 'owner') await assertAnotherActiveOwner(tx, actor.accountId, target.id);
    await tx.update(users).set({ role: input.role }).where(eq(users.id, target.id));
    await recordActivity(tx, actor, {
      action: 'user.role_changed',
      entityType: 'user',
      entityId: target.id,
      summary: `Alterou o papel de ${target.name} de ${roleLabels[target.role]} para ${roleLabels[input.role]}`,
      details: { from: target.role, to: input.role },
    });
  });
}
