import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb } from '../db/client';
import { accounts, apiKeys } from '../db/schema';
import { AppError } from '../errors';
import { hashApiKey } from './key-material';
import { takeToken } from './rate-limit';
import type { ApiScope } from './schemas';

export type ApiCaller = {
  keyId: string;
  keyName: string;
  accountId: string;
  accountSlug: string;
  scopes: ApiScope[];
  createdBy: string | null;
};

type Cached = { caller: ApiCaller | null; rateLimit: number; at: number };
const CACHE_MS = 5_000;
const LAST_USED_EVERY_MS = 60_000;
const holder = globalThis as { __rubricaApiKeyCache?: Map<string, Cached>; __rubricaApiKeyUsed?: Map<string, number> };
const cache = (holder.__rubricaApiKeyCache ??= new Map());
const lastUsedWrites = (holder.__rubricaApiKeyUsed ??= new Map());

/** A revoked key stops working in this process at once (other processes within CACHE_MS). */
export function forgetApiKey(keyHash: string) {
  cache.delete(keyHash);
}

/** The key a request carries: `AppKey: <key>` (ArqSign) or `Authorization: Bearer <key>`. */
export function presentedKey(headers: Headers): string | null {
  const appKey = headers.get('appkey')?.trim();
  if (appKey) return appKey.replace(/^AppKey\s+/i, '');
  const auth = headers.get('authorization')?.trim();
  if (auth) {
    const m = /^(Bearer|AppKey)\s+(.+)$/i.exec(auth);
    return m ? m[2].trim() : null;
  }
  return null;
}

export const UNAUTHENTICATED_MESSAGE = 'Chave de API ausente, inválida ou revogada. Envie-a no cabeçalho AppKey ou Authorization: Bearer.';

/**
 * Resolves the calling key, applies its rate limit and notes when it was last used (at most once a
 * minute, so a busy integration does not write on every request). Throws UNAUTHENTICATED (401)
 * or RATE_LIMITED (429, with retryAfterSeconds).
 */
export async function authenticateApiKey(headers: Headers, at = Date.now()): Promise<ApiCaller> {
  const key = presentedKey(headers);
  if (!key) throw new AppError('UNAUTHENTICATED', { userMessage: UNAUTHENTICATED_MESSAGE });
  const hash = hashApiKey(key);
  let entry = cache.get(hash);
  if (!entry || at - entry.at > CACHE_MS) {
    const db = await getDb();
    const [row] = await db
      .select({ key: apiKeys, slug: accounts.slug })
      .from(apiKeys)
      .innerJoin(accounts, eq(accounts.id, apiKeys.accountId))
      .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)));
    entry = {
      caller: row
        ? { keyId: row.key.id, keyName: row.key.name, accountId: row.key.accountId, accountSlug: row.slug, scopes: row.key.scopes as ApiScope[], createdBy: row.key.createdBy }
        : null,
      rateLimit: row?.key.rateLimitPerMinute ?? 0,
      at,
    };
    cache.set(hash, entry);
  }
  const caller = entry.caller;
  if (!caller) throw new AppError('UNAUTHENTICATED', { userMessage: UNAUTHENTICATED_MESSAGE });

  const wait = takeToken(caller.keyId, entry.rateLimit, at);
  if (wait > 0) throw new RateLimitedError(wait);

  if (at - (lastUsedWrites.get(caller.keyId) ?? 0) > LAST_USED_EVERY_MS) {
    lastUsedWrites.set(caller.keyId, at);
    const db = await getDb();
    await db.update(apiKeys).set({ lastUsedAt: sql`now()` }).where(eq(apiKeys.id, caller.keyId));
  }
  return caller;
}

export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', { userMessage: `Limite de requisições desta chave atingido. Tente de novo em ${retryAfterSeconds} s.` });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function requireScope(caller: ApiCaller, scope: ApiScope) {
  if (!caller.scopes.includes(scope)) {
    throw new AppError('FORBIDDEN', { userMessage: `Esta chave de API não tem a permissão "${scope}".` });
  }
}
