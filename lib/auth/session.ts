import 'server-only';
import { getServerSession } from 'next-auth';
import { headers } from 'next/headers';
import { AppError, forbidden } from '../errors';
import { clientIp } from '../http/client-ip';
import { authOptions } from './next-auth-options';
import { resolveOperatorSession, type Operator, type SessionState } from './operator-session';
import { hasRole, type Role } from './roles';

export type { Operator } from './operator-session';

/** The signed-in operator of this request, read from the next-auth cookie and checked server-side. */
export async function currentSession(): Promise<SessionState> {
  const session = await getServerSession(authOptions());
  const sid = (session as { sid?: unknown } | null)?.sid;
  if (typeof sid !== 'string') return { status: 'ended' };
  return resolveOperatorSession(sid);
}

export type OperatorContext = Operator & { actorId: string; ip: string | null; userAgent: string | null };

/**
 * Authenticates and authorizes one server action, route or page. Throws UNAUTHENTICATED or
 * FORBIDDEN as AppError; callers map those to a redirect or a status.
 */
export async function requireOperator(role: Role = 'viewer'): Promise<OperatorContext> {
  const state = await currentSession();
  if (state.status !== 'active') {
    throw new AppError('UNAUTHENTICATED', {
      userMessage:
        state.status === 'expired'
          ? 'Sua sessão expirou por inatividade. Entre novamente.'
          : 'Entre para continuar.',
    });
  }
  if (!hasRole(state.operator.role, role)) throw forbidden();
  const h = await headers();
  return {
    ...state.operator,
    actorId: state.operator.userId,
    ip: clientIp(h),
    userAgent: h.get('user-agent'),
  };
}
