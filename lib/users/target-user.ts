import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { canAssignRole } from '../auth/roles';
import type { Tx } from '../db/client';
import { users } from '../db/schema';
import { AppError, forbidden, notFound } from '../errors';

/**
 * Loads (and row-locks) a user of the actor's account that the actor may manage. Every other
 * account's users are simply "not found". Nobody manages their own role or access here.
 */
export async function lockManageableUser(tx: Tx, actor: Actor, userId: string) {
  const [target] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.accountId, actor.accountId)))
    .for('update');
  if (!target) throw notFound('Usuário');
  if (target.id === actor.actorId) {
    throw new AppError('INVALID_STATE', {
      userMessage: 'Você não pode alterar o seu próprio papel ou acesso. Peça a outro administrador.',
    });
  }
  if (!canAssignRole(actor.role, target.role)) throw forbidden();
  return target;
}

/** Refuses a change that would leave the account without an active owner. */
export async function assertAnotherActiveOwner(tx: Tx, accountId: string, exceptUserId: string) {
  const owners = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.accountId, accountId), eq(users.role, 'owner'), eq(users.active, true)))
    .for('update');
  if (!owners.some((o) => o.id !== exceptUserId)) {
    throw new AppError('INVALID_STATE', {
      userMessage: 'A conta precisa de pelo menos um proprietário ativo.',
    });
  }
}
