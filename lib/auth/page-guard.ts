import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { currentSession } from './session';
import { hasRole, type Role } from './roles';

/**
 * For console pages and layouts: the signed-in operator, or a redirect to the sign-in page
 * (saying why when the session timed out), or the 403 page when the role is not enough.
 */
export async function requireOperatorPage(role: Role = 'viewer') {
  const state = await currentSession();
  if (state.status === 'expired') redirect('/login?motivo=expirada');
  if (state.status !== 'active') redirect('/login');
  if (!hasRole(state.operator.role, role)) forbidden();
  return state.operator;
}
