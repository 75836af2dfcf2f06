import 'server-only';
import { eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hashPassword, verifyPassword } from '../auth/password';
import { getDb } from '../db/client';
import { users } from '../db/schema';
import { AppError, notFound } from '../errors';
import type { ChangePasswordInput } from './schemas';

export async function changeOwnPassword(actor: Actor, input: ChangePasswordInput) {
  const db = await getDb();
  const [me] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.actorId));
  if (!me) throw notFound('Usuário');
  if (!(await verifyPassword(input.currentPassword, me.passwordHash))) {
    throw new AppError('INVALID_INPUT', {
      userMessage: 'A senha atual não confere.',
      fields: { currentPassword: ['A senha atual não confere.'] },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.actorId));
    await recordActivity(tx, actor, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: actor.actorId,
      summary: 'Alterou a própria senha',
    });
  });
}
