import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { accountSettings } from '../db/schema';
import { retentionYears } from './identity-context';
import type { IdentityRetentionInput } from './schemas';

/** How long this account keeps identity images (LGPD); the purge job reads it on its next run. */
export async function getIdentityRetention(actor: Pick<Actor, 'accountId'>): Promise<number> {
  return retentionYears(await getDb(), actor.accountId);
}

export async function updateIdentityRetention(actor: Actor, input: IdentityRetentionInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await retentionYears(tx, actor.accountId);
    await tx
      .insert(accountSettings)
      .values({ accountId: actor.accountId, identityRetentionYears: input.identityRetentionYears })
      .onConflictDoUpdate({ target: accountSettings.accountId, set: { identityRetentionYears: input.identityRetentionYears } });
    await recordActivity(tx, actor, {
      action: 'settings.identity_retention_updated',
      entityType: 'account',
      entityId: actor.accountId,
      summary: `Alterou a guarda das fotos da prova de identidade de ${before} para ${input.identityRetentionYears} anos após a conclusão`,
      details: { before: { identityRetentionYears: before }, after: input },
    });
  });
}
