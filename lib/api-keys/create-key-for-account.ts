import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { accounts, apiKeys } from '../db/schema';
import { AppError } from '../errors';
import { insertApiKey } from './create-api-key';
import { hashApiKey } from './key-material';
import { apiScopes, type ApiScope } from './schemas';

/** `npm run cli -- api-key create`: a key for the account with this slug, created by no one in particular. */
export async function createApiKeyForAccount(
  db: Db,
  input: { accountSlug: string; name: string; scopes?: ApiScope[]; rateLimitPerMinute?: number },
) {
  return db.transaction(async (tx) => {
    const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.slug, input.accountSlug));
    if (!account) throw new AppError('NOT_FOUND', { userMessage: `Conta "${input.accountSlug}" não encontrada.` });
    const name = input.name.trim();
    if (!name) throw new AppError('INVALID_INPUT', { userMessage: 'Informe o nome da chave (--name).' });
    return insertApiKey(
      tx,
      { accountId: account.id, actorId: null },
      { name, scopes: input.scopes?.length ? input.scopes : apiScopes, rateLimitPerMinute: input.rateLimitPerMinute },
      'pela linha de comando',
    );
  });
}

/**
 * RUBRICA_BOOTSTRAP_API_KEY: on the first start, that exact key (every scope) for the first
 * account, for unattended set-ups. Once it exists — even revoked — it is never created again.
 */
export async function ensureBootstrapApiKey(db: Db, key: string | undefined): Promise<boolean> {
  if (!key) return false;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.keyHash, hashApiKey(key)));
    if (existing) return false;
    const [first] = await tx.select({ id: accounts.id }).from(accounts).orderBy(asc(accounts.createdAt)).limit(1);
    if (!first) return false;
    await insertApiKey(tx, { accountId: first.id, actorId: null }, { name: 'Chave inicial (RUBRICA_BOOTSTRAP_API_KEY)', scopes: apiScopes, key }, 'a partir de RUBRICA_BOOTSTRAP_API_KEY');
    return true;
  });
}
