import 'server-only';
import { randomUUID } from 'node:crypto';
import { authenticateApiKey, RateLimitedError, type ApiCaller } from '../../api-keys/authenticate-api-key';
import type { ApiScope } from '../../api-keys/schemas';
import { AppError } from '../../errors';
import { clientIp } from '../../http/client-ip';
import { enviarProcesso } from './create-process';
import { ArqsignError } from './errors';
import { buscarProcesso } from './get-process';
import { arqsignMessages } from './messages';

/** ArqSign's error body: the status, the first message, and every message found. */
export function arqsignErrorResponse(err: ArqsignError): Response {
  return Response.json(
    { codigo: err.status, mensagem: err.messages[0], erros: err.messages },
    { status: err.status, headers: { 'Cache-Control': 'no-store', ...err.headers } },
  );
}

async function authenticate(req: Request, scope: ApiScope): Promise<ApiCaller> {
  try {
    const caller = await authenticateApiKey(req.headers);
    if (!caller.scopes.includes(scope)) throw new ArqsignError(401, [`A AppKey informada não tem a permissão ${scope}.`]);
    return caller;
  } catch (err) {
    if (err instanceof RateLimitedError) throw new ArqsignError(429, [err.userMessage], { 'Retry-After': String(err.retryAfterSeconds) });
    if (err instanceof AppError && err.code === 'UNAUTHENTICATED') throw new ArqsignError(401, [arqsignMessages.unauthorized]);
    throw err;
  }
}

function toResponse(err: unknown): Response {
  if (err instanceof ArqsignError) return arqsignErrorResponse(err);
  const ref = randomUUID().slice(0, 8);
  console.error(`[arqsign ${ref}]`, err);
  return arqsignErrorResponse(new ArqsignError(500, [`${arqsignMessages.internal} Referência ${ref}.`]));
}

/** POST /api/v2/processo/enviar-documento-para-assinar — the whole exchange, for the route and the conformance tests. */
export async function handleEnviarProcesso(req: Request): Promise<Response> {
  try {
    const caller = await authenticate(req, 'envelopes:write');
    let body: unknown;
    try {
      body = JSON.parse(await req.text());
    } catch {
      // The reference lists "Formato do JSON incorreto" under 500.
      throw new ArqsignError(500, [arqsignMessages.badJson]);
    }
    const result = await enviarProcesso(caller, body, { ip: clientIp(req.headers), userAgent: req.headers.get('user-agent') });
    return Response.json(result, { status: 200, headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    return toResponse(err);
  }
}

/** GET /api/v2/processo/{idProcesso}. */
export async function handleBuscarProcesso(req: Request, idProcesso: string): Promise<Response> {
  try {
    const caller = await authenticate(req, 'envelopes:read');
    return Response.json(await buscarProcesso(caller, idProcesso), { headers: { 'Cache-Control': 'no-store' } });
  } catch (err) {
    return toResponse(err);
  }
}
