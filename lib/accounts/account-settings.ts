import 'server-only';
import { eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { accounts } from '../db/schema';
import { notFound } from '../errors';
import type { AccountSettingsInput } from './schemas';

export async function getAccountSettings(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  const [row] = await db
    .select({ name: accounts.name, slug: accounts.slug, sessionIdleMinutes: accounts.sessionIdleMinutes })
    .from(accounts)
    .where(eq(accounts.id, actor.accountId));
  if (!row) throw notFound('Conta');
  return row;
}

export async function updateAccountSettings(actor: Actor, input: AccountSettingsInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ sessionIdleMinutes: accounts.sessionIdleMinutes })
      .from(accounts)
      .where(eq(accounts.id, actor.accountId));
    if (!before) throw notFound('Conta');
    await tx.update(accounts).set(input).where(eq(accounts.id, actor.accountId));
    await recordActivity(tx, actor, {
      action: 'account.settings_updated',
      entityType: 'account',
      entityId: actor.accountId,
      summary: `Alterou o tempo de sessão de ${before.sessionIdleMinutes} para ${input.sessionIdleMinutes} minutos`,
      details: { before, after: input },
    });
  });
}
