import 'server-only';
import { recordActivity, type ActivityActor } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb, type Executor } from '../db/client';
import { apiKeys } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { generateApiKey, hashApiKey, keyPrefix } from './key-material';
import { apiScopes, type ApiScope } from './schemas';

export type NewApiKey = {
  name: string;
  scopes: readonly ApiScope[];
  /** A key chosen by the operator (RUBRICA_BOOTSTRAP_API_KEY); otherwise one is generated. */
  key?: string;
  rateLimitPerMinute?: number;
};

/** Writes the key row and its activity line; the caller owns the transaction and the authorisation. */
export async function insertApiKey(tx: Executor, actor: ActivityActor, input: NewApiKey, via = 'no console') {
  const key = input.key ?? generateApiKey();
  if (key.length < 32) throw new AppError('INVALID_INPUT', { userMessage: 'A chave deve ter pelo menos 32 caracteres.' });
  const [row] = await tx
    .insert(apiKeys)
    .values({
      accountId: actor.accountId,
      name: input.name,
      prefix: keyPrefix(key),
      keyHash: hashApiKey(key),
      scopes: [...input.scopes],
      rateLimitPerMinute: input.rateLimitPerMinute,
      createdBy: actor.actorId,
    })
    .returning({ id: apiKeys.id, prefix: apiKeys.prefix });
  await recordActivity(tx, actor, {
    action: 'api_key.created',
    entityType: 'api_key',
    entityId: row.id,
    summary: `Criou a chave de API "${input.name}" (${row.prefix}…) ${via}, com as permissões ${input.scopes.join(', ')}`,
  });
  return { id: row.id, prefix: row.prefix, key };
}

/** "Chaves de API › Nova chave": admins only. The key is returned once and never stored in clear. */
export async function createApiKey(actor: Actor, input: { name: string; scopes: readonly ApiScope[] }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  return db.transaction((tx) => insertApiKey(tx, actor, { name: input.name, scopes: input.scopes }));
}

export const allScopes: readonly ApiScope[] = apiScopes;
