export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'INVALID_STATE'
  | 'CONFLICT'
  | 'QUOTA_EXCEEDED'
  | 'RATE_LIMITED';

const statusByCode: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  INVALID_STATE: 409,
  CONFLICT: 409,
  QUOTA_EXCEEDED: 422,
  RATE_LIMITED: 429,
};

/** An expected failure whose message (pt-BR) is safe and useful to show to the person. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly fields?: Record<string, string[]>;

  constructor(code: ErrorCode, opts: { userMessage: string; fields?: Record<string, string[]> }) {
    super(opts.userMessage);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = opts.userMessage;
    this.fields = opts.fields;
  }

  get status() {
    return statusByCode[this.code];
  }
}

export const notFound = (what: string) =>
  new AppError('NOT_FOUND', { userMessage: `${what} não encontrado.` });

export const forbidden = () =>
  new AppError('FORBIDDEN', { userMessage: 'Você não tem permissão para esta ação.' });

/** True when a database error is a unique-constraint violation (PostgreSQL code 23505). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = (err as { cause?: unknown })?.cause ?? err;
  const code = (e as { code?: string })?.code;
  if (code !== '23505') return false;
  if (!constraint) return true;
  const name =
    (e as { constraint_name?: string }).constraint_name ?? (e as { constraint?: string }).constraint;
  return name === constraint || String((e as Error).message ?? '').includes(constraint);
}
