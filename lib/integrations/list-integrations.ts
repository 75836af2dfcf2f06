import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches, integrations } from '../db/schema';

/** Every integration of the account with how many branches use it (accounts have a handful). */
export async function listIntegrations(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  return db
    .select({
      id: integrations.id,
      description: integrations.description,
      provider: integrations.provider,
      environment: integrations.environment,
      branchCount: count(branches.id),
      updatedAt: integrations.updatedAt,
    })
    .from(integrations)
    .leftJoin(branches, and(eq(branches.integrationId, integrations.id), eq(branches.accountId, integrations.accountId)))
    .where(eq(integrations.accountId, actor.accountId))
    .groupBy(integrations.id)
    .orderBy(asc(integrations.description), asc(integrations.id));
}
