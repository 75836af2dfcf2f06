import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { apiKeys, users } from '../db/schema';
import { forbidden } from '../errors';

export async function listApiKeys(actor: Pick<Actor, 'accountId' | 'role'>) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      createdAt: apiKeys.createdAt,
      createdByName: users.name,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.accountId, actor.accountId))
    .orderBy(desc(apiKeys.createdAt));
}
