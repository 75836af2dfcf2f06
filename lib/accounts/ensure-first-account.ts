import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import { normalizeEmail } from '../auth/authenticate';
import { hashPassword } from '../auth/password';
import type { Db } from '../db/client';
import { accounts, users } from '../db/schema';

export type FirstAccountResult =
  | { created: false }
  | { created: true; accountId: string; email: string; generatedPassword?: string };

/**
 * On an empty database, creates the "Rubrica Demo" account and its owner from
 * RUBRICA_ADMIN_EMAIL / RUBRICA_ADMIN_PASSWORD (or admin@rubrica.local and a random password the
 * caller prints once). Safe when several servers start at once: an advisory lock serialises them.
 */
export async function ensureFirstAccount(
  db: Db,
  opts: { email?: string; password?: string },
): Promise<FirstAccountResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727001)`);
    const [{ count }] = await tx.select({ count: sql<number>`count(*)::int` }).from(accounts);
    if (count > 0) return { created: false as const };

    const email = normalizeEmail(opts.email ?? 'admin@rubrica.local');
    const generatedPassword = opts.password ? undefined : randomBytes(12).toString('base64url');
    const [account] = await tx
      .insert(accounts)
      .values({ name: 'Rubrica Demo', slug: 'rubrica-demo' })
      .returning({ id: accounts.id });
    const [owner] = await tx
      .insert(users)
      .values({
        accountId: account.id,
        name: 'Administrador',
        email,
        role: 'owner',
        passwordHash: await hashPassword(opts.password ?? generatedPassword!),
      })
      .returning({ id: users.id });
    await recordActivity(
      tx,
      { accountId: account.id, actorId: owner.id },
      { action: 'account.created', entityType: 'account', entityId: account.id, summary: `Conta criada com o proprietário ${email}` },
    );
    return { created: true as const, accountId: account.id, email, generatedPassword };
  });
}
