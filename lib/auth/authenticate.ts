import { eq, sql } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import { now } from '../clock';
import { getDb } from '../db/client';
import { operatorSessions, signInThrottle, users } from '../db/schema';
import { verifyPassword } from './password';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

export type SignInResult =
  | { ok: true; userId: string; accountId: string; sessionId: string; name: string; email: string }
  | { ok: false; reason: 'invalid' | 'locked' };

type Attempt = { email: string; password: string; ip?: string | null; userAgent?: string | null };

export function normalizeEmail(email: string) {
  return email.trim().toLowerCase();
}

/**
 * Checks an operator's e-mail and password. Every failure looks the same to the caller ("invalid"),
 * and lock-out is kept per e-mail address whether or not it belongs to a user.
 */
export async function authenticateOperator(attempt: Attempt): Promise<SignInResult> {
  const db = await getDb();
  const email = normalizeEmail(attempt.email);
  const at = now();

  const [throttle] = await db.select().from(signInThrottle).where(eq(signInThrottle.email, email));
  if (throttle?.lockedUntil && throttle.lockedUntil > at) return { ok: false, reason: 'locked' };

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const passwordOk = await verifyPassword(attempt.password, user?.passwordHash);

  if (!user || !passwordOk || !user.active) {
    return registerFailure(email, at, user ?? null, attempt.ip ?? null);
  }

  return db.transaction(async (tx) => {
    await tx.delete(signInThrottle).where(eq(signInThrottle.email, email));
    await tx.update(users).set({ lastLoginAt: at }).where(eq(users.id, user.id));
    const [session] = await tx
      .insert(operatorSessions)
      .values({
        accountId: user.accountId,
        userId: user.id,
        ip: attempt.ip ?? null,
        userAgent: attempt.userAgent?.slice(0, 500) ?? null,
        lastSeenAt: at,
      })
      .returning({ id: operatorSessions.id });
    await recordActivity(
      tx,
      { accountId: user.accountId, actorId: user.id, ip: attempt.ip },
      { action: 'auth.sign_in', entityType: 'user', entityId: user.id, summary: 'Entrou no console' },
    );
    return {
      ok: true as const,
      userId: user.id,
      accountId: user.accountId,
      sessionId: session.id,
      name: user.name,
      email: user.email,
    };
  });
}

async function registerFailure(
  email: string,
  at: Date,
  user: { id: string; accountId: string } | null,
  ip: string | null,
): Promise<SignInResult> {
  const db = await getDb();
  const lockUntil = new Date(at.getTime() + LOCKOUT_MINUTES * 60_000);
  const windowStart = new Date(at.getTime() - LOCKOUT_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    // One statement so concurrent failures count exactly.
    const [row] = await tx
      .insert(signInThrottle)
      .values({ email, failures: 1, lastFailureAt: at })
      .onConflictDoUpdate({
        target: signInThrottle.email,
        set: {
          // Failures older than the lock-out window are forgotten: five typos a month lock no one.
          failures: sql`case when ${signInThrottle.lastFailureAt} < ${windowStart.toISOString()}::timestamptz then 1 else ${signInThrottle.failures} + 1 end`,
          lastFailureAt: at,
        },
      })
      .returning();
    const locked = row.failures >= MAX_FAILED_SIGN_INS;
    if (locked) {
      await tx
        .update(signInThrottle)
        .set({ lockedUntil: lockUntil, failures: 0 })
        .where(eq(signInThrottle.email, email));
    }
    if (user) {
      await recordActivity(
        tx,
        { accountId: user.accountId, actorId: user.id, ip },
        locked
          ? {
              action: 'auth.locked',
              entityType: 'user',
              entityId: user.id,
              summary: `Acesso bloqueado por ${LOCKOUT_MINUTES} minutos após ${MAX_FAILED_SIGN_INS} senhas erradas`,
            }
          : {
              action: 'auth.sign_in_failed',
              entityType: 'user',
              entityId: user.id,
              summary: 'Tentativa de entrada com senha errada',
            },
      );
    }
    return { ok: false as const, reason: locked ? ('locked' as const) : ('invalid' as const) };
  });
}
