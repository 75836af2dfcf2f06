import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { ApiCaller } from '../api-keys/authenticate-api-key';
import { getDb } from '../db/client';
import { apiIdempotency } from '../db/schema';
import { apiError } from './http';

/**
 * Idempotency-Key on POST: the first request with a key runs and its answer is kept; a retry with
 * the same key and body gets that answer again (Idempotent-Replayed: true) instead of a second
 * envelope. The same key with another body is refused; while the first is still running, 409.
 * A request that failed keeps nothing, so the caller can fix it and retry with the same key.
 */
export async function withIdempotency(req: Request, caller: ApiCaller, body: string | Uint8Array, run: () => Promise<{ status: number; body: unknown }>): Promise<Response> {
  const key = req.headers.get('idempotency-key')?.trim();
  if (!key) {
    const out = await run();
    return Response.json(out.body, { status: out.status });
  }
  if (key.length > 255) return apiError(400, 'INVALID_INPUT', 'O cabeçalho Idempotency-Key deve ter até 255 caracteres.');
  const requestHash = createHash('sha256').update(`${req.method} ${new URL(req.url).pathname}\n`).update(body).digest('hex');
  const db = await getDb();
  const where = and(eq(apiIdempotency.apiKeyId, caller.keyId), eq(apiIdempotency.key, key));
  const claimed = await db.insert(apiIdempotency).values({ apiKeyId: caller.keyId, key, requestHash }).onConflictDoNothing().returning({ key: apiIdempotency.key });
  if (!claimed.length) {
    const [prior] = await db.select().from(apiIdempotency).where(where);
    if (prior && prior.requestHash !== requestHash) return apiError(422, 'IDEMPOTENCY_KEY_REUSED', 'Esta Idempotency-Key já foi usada com outra requisição.');
    if (!prior || prior.statusCode === null) return apiError(409, 'IDEMPOTENCY_IN_PROGRESS', 'Uma requisição com esta Idempotency-Key ainda está em andamento.');
    return Response.json(prior.responseBody, { status: prior.statusCode, headers: { 'Idempotent-Replayed': 'true' } });
  }
  try {
    const out = await run();
    await db.update(apiIdempotency).set({ statusCode: out.status, responseBody: out.body }).where(where);
    return Response.json(out.body, { status: out.status });
  } catch (err) {
    await db.delete(apiIdempotency).where(where);
    throw err;
  }
}
