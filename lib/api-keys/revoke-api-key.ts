import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { now } from '../clock';
import { getDb } from '../db/client';
import { apiKeys } from '../db/schema';
import { forbidden, notFound } from '../errors';
import { forgetApiKey } from './authenticate-api-key';

/** Revokes a key at once: the next request with it gets 401. */
export async function revokeApiKey(actor: Actor, input: { keyId: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: now() })
      .where(and(eq(apiKeys.id, input.keyId), eq(apiKeys.accountId, actor.accountId), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, keyHash: apiKeys.keyHash });
    if (!row) throw notFound('Chave de API');
    await recordActivity(tx, actor, {
      action: 'api_key.revoked',
      entityType: 'api_key',
      entityId: row.id,
      summary: `Revogou a chave de API "${row.name}" (${row.prefix}…)`,
    });
    forgetApiKey(row.keyHash);
  });
}
