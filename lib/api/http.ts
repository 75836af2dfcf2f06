import 'server-only';
import { randomUUID } from 'node:crypto';
import { authenticateApiKey, RateLimitedError, requireScope, type ApiCaller } from '../api-keys/authenticate-api-key';
import type { ApiScope } from '../api-keys/schemas';
import { AppError } from '../errors';
import { clientIp } from '../http/client-ip';
import { fieldErrors, z } from '../validation';

export type ApiContext = { caller: ApiCaller; ip: string | null; userAgent: string | null };

const headers = { 'Cache-Control': 'no-store' };

/** The native API's one error shape: { error: { code, message, fields? } }. */
export function apiError(status: number, code: string, message: string, fields?: Record<string, string[]>, extra?: HeadersInit) {
  return Response.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status, headers: { ...headers, ...extra } });
}

export function nativeErrorResponse(err: unknown): Response {
  if (err instanceof RateLimitedError) return apiError(429, err.code, err.userMessage, undefined, { 'Retry-After': String(err.retryAfterSeconds) });
  if (err instanceof z.ZodError) return apiError(400, 'INVALID_INPUT', 'A requisição tem campos inválidos.', fieldErrors(err));
  if (err instanceof AppError) return apiError(err.status, err.code, err.userMessage, err.fields);
  if (err instanceof SyntaxError) return apiError(400, 'INVALID_JSON', 'O corpo da requisição não é um JSON válido.');
  const ref = randomUUID().slice(0, 8);
  console.error(`[api ${ref}]`, err);
  return apiError(500, 'INTERNAL', `Algo deu errado. Tente de novo (referência ${ref}).`);
}


/**
 * A native API route (/api/v1): authenticates the key, checks its scope and rate limit, runs the
 * handler and maps every error to the one JSON shape.
 */
export function apiRoute<P extends Record<string, string> = Record<string, never>>(
  scope: ApiScope | null,
  handler: (req: Request, ctx: ApiContext, params: P) => Promise<Response>,
) {
  return async (req: Request, route?: { params: Promise<P> }): Promise<Response> => {
    try {
      const caller = await authenticateApiKey(req.headers);
      if (scope) requireScope(caller, scope);
      return await handler(req, { caller, ip: clientIp(req.headers), userAgent: req.headers.get('user-agent') }, ((await route?.params) ?? {}) as P);
    } catch (err) {
      return nativeErrorResponse(err);
    }
  };
}

export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  return text ? (JSON.parse(text) as unknown) : {};
}
