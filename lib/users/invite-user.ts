import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { canAssignRole, roleLabels } from '../auth/roles';
import { getDb } from '../db/client';
import { users } from '../db/schema';
import { AppError, forbidden, isUniqueViolation } from '../errors';
import type { InviteUserInput } from './schemas';

/** Readable temporary password: no 0/O/1/l look-alikes, 12 characters. */
function temporaryPassword() {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  return Array.from(randomBytes(12), (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Creates a user in the actor's account with a temporary password that is returned once, for the
 * admin to hand over; it is never stored in clear or shown again.
 */
export async function inviteUser(actor: Actor, input: InviteUserInput) {
  if (!canAssignRole(actor.role, input.role)) throw forbidden();
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ accountId: actor.accountId, name: input.name, email: input.email, role: input.role, passwordHash })
        .returning({ id: users.id });
      await recordActivity(tx, actor, {
        action: 'user.invited',
        entityType: 'user',
        entityId: user.id,
        summary: `Convidou ${input.name} (${input.email}) como ${roleLabels[input.role]}`,
      });
      return { userId: user.id, temporaryPassword: password };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_key')) {
      throw new AppError('CONFLICT', {
        userMessage: 'Já existe um usuário com este e-mail.',
        fields: { email: ['Já existe um usuário com este e-mail.'] },
      });
    }
    throw err;
  }
}
