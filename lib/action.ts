import 'server-only';
import { randomUUID } from 'node:crypto';
import { unstable_rethrow } from 'next/navigation';
import { requireOperator, type OperatorContext } from './auth/session';
import type { Role } from './auth/roles';
import { AppError } from './errors';
import { fieldErrors, formDataToObject, z } from './validation';

export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

/** Maps any error to what the person sees; unexpected ones are logged with a reference id. */
export function toActionError(err: unknown): Extract<ActionResult, { ok: false }> {
  if (err instanceof z.ZodError) {
    return {
      ok: false,
      code: 'INVALID_INPUT',
      message: 'Corrija os campos destacados.',
      fieldErrors: fieldErrors(err),
    };
  }
  if (err instanceof AppError) {
    return { ok: false, code: err.code, message: err.userMessage, fieldErrors: err.fields };
  }
  const ref = randomUUID().slice(0, 8);
  console.error(`[action ${ref}]`, err);
  return { ok: false, code: 'INTERNAL', message: `Algo deu errado. Tente de novo (referência ${ref}).` };
}

/**
 * Wraps a server action: authenticates, checks the role, parses the input with zod, runs the
 * use-case and maps errors. Every action is a public endpoint, whatever page calls it.
 */
export function operatorAction<S extends z.ZodType, R>(
  opts: { role: Role; input: S },
  handler: (input: z.output<S>, ctx: OperatorContext) => Promise<R>,
) {
  return async (raw: z.input<S> | FormData): Promise<ActionResult<R>> => {
    try {
      const ctx = await requireOperator(opts.role);
      const input = opts.input.parse(raw instanceof FormData ? formDataToObject(raw) : raw);
      return { ok: true, data: await handler(input, ctx) };
    } catch (err) {
      unstable_rethrow(err);
      return toActionError(err);
    }
  };
}

/**
 * The signer side's actions (link token or signer-space cookie as the authorisation, checked inside
 * each use-case): runs one and maps its errors the same way. Redirects pass through.
 */
export async function publicAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (err) {
    unstable_rethrow(err);
    return toActionError(err);
  }
}
