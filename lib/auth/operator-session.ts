import { and, eq, isNull } from 'drizzle-orm';
import { now } from '../clock';
import { getDb } from '../db/client';
import { accounts, operatorSessions, users } from '../db/schema';
import type { Role } from './roles';

export type Operator = {
  sessionId: string;
  userId: string;
  accountId: string;
  accountName: string;
  name: string;
  email: string;
  role: Role;
};

export type SessionState =
  | { status: 'active'; operator: Operator }
  | { status: 'expired' }
  | { status: 'ended' };

/** Writing last_seen_at on every request is wasteful; this much staleness is harmless. */
const TOUCH_AFTER_MS = 15_000;

/**
 * Resolves a console session by its id: it must not be ended, its user must be active, and it must
 * have been used within the account's idle timeout ("tempo de sessão"). Using it extends it.
 */
export async function resolveOperatorSession(sessionId: string): Promise<SessionState> {
  const db = await getDb();
  const [row] = await db
    .select({
      session: operatorSessions,
      user: { name: users.name, email: users.email, role: users.role, active: users.active },
      account: { name: accounts.name, idleMinutes: accounts.sessionIdleMinutes },
    })
    .from(operatorSessions)
    .innerJoin(users, eq(users.id, operatorSessions.userId))
    .innerJoin(accounts, eq(accounts.id, operatorSessions.accountId))
    .where(eq(operatorSessions.id, sessionId));
  // A session that timed out keeps saying so: the layout and the page check it at the same time,
  // and the one that comes second must not lose the "expirou por inatividade" reason.
  if (row?.session.endedAt && row.session.endReason === 'idle_timeout' && row.user.active) return { status: 'expired' };
  if (!row || row.session.endedAt || !row.user.active) return { status: 'ended' };

  const at = now();
  const idleMs = at.getTime() - row.session.lastSeenAt.getTime();
  if (idleMs > row.account.idleMinutes * 60_000) {
    await endOperatorSession(sessionId, 'idle_timeout');
    return { status: 'expired' };
  }
  if (idleMs > TOUCH_AFTER_MS) {
    await db.update(operatorSessions).set({ lastSeenAt: at }).where(eq(operatorSessions.id, sessionId));
  }
  return {
    status: 'active',
    operator: {
      sessionId,
      userId: row.session.userId,
      accountId: row.session.accountId,
      accountName: row.account.name,
      name: row.user.name,
      email: row.user.email,
      role: row.user.role,
    },
  };
}

export async function endOperatorSession(sessionId: string, reason: string) {
  const db = await getDb();
  await db
    .update(operatorSessions)
    .set({ endedAt: now(), endReason: reason })
    .where(and(eq(operatorSessions.id, sessionId), isNull(operatorSessions.endedAt)));
}
