import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { now } from '../clock';
import { getDb } from '../db/client';
import { operatorSessions, users } from '../db/schema';
import type { SetUserActiveInput } from './schemas';
import { assertAnotherActiveOwner, lockManageableUser } from './target-user';

/** Deactivating ends the user's open sessions at once; reactivating lets them sign in again. */
export async function setUserActive(actor: Actor, input: SetUserActiveInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const target = await lockManageableUser(tx, actor, input.userId);
    if (target.active === input.active) return;
    if (!input.active && target.role === 'owner') {
      await assertAnotherActiveOwner(tx, actor.accountId, target.id);
    }
    await tx.update(users).set({ active: input.active }).where(eq(users.id, target.id));
    if (!input.active) {
      await tx
        .update(operatorSessions)
        .set({ endedAt: now(), endReason: 'deactivated' })
        .where(and(eq(operatorSessions.userId, target.id), isNull(operatorSessions.endedAt)));
    }
    await recordActivity(tx, actor, {
      action: input.active ? 'user.reactivated' : 'user.deactivated',
      entityType: 'user',
      entityId: target.id,
      summary: `${input.active ? 'Reativou' : 'Desativou'} o usuário ${target.name} (${target.email})`,
    });
  });
}
