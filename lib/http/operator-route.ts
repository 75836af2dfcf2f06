import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Role } from '../auth/roles';
import { requireOperator, type OperatorContext } from '../auth/session';
import { AppError } from '../errors';

/**
 * The route-handler counterpart of operatorAction(): authenticates (every route is a public
 * endpoint), checks the role, runs the handler and maps errors the same way: AppError → its status
 * and pt-BR message, anything else → logged with a reference and a generic 500.
 */
export function operatorRoute<P extends Record<string, string>>(
  role: Role,
  handler: (req: Request, ctx: OperatorContext, params: P) => Promise<Response>,
) {
  return async (req: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const ctx = await requireOperator(role);
      return await handler(req, ctx, await route.params);
    } catch (err) {
      return routeErrorResponse(req, err);
    }
  };
}

export function routeErrorResponse(req: Request, err: unknown): Response {
  const headers = { 'Cache-Control': 'no-store' };
  if (err instanceof AppError) {
    // Someone opening a link in a new tab after their session ended gets the sign-in page, not JSON.
    if (err.code === 'UNAUTHENTICATED' && req.method === 'GET' && (req.headers.get('accept') ?? '').includes('text/html')) {
      return Response.redirect(new URL('/login', req.url), 303);
    }
    return Response.json({ error: { code: err.code, message: err.userMessage } }, { status: err.status, headers });
  }
  const ref = randomUUID().slice(0, 8);
  console.error(`[route ${ref}]`, err);
  return Response.json(
    { error: { code: 'INTERNAL', message: `Algo deu errado. Tente de novo (referência ${ref}).` } },
    { status: 500, headers },
  );
}
