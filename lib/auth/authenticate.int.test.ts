import { afterEach, describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { advanceClock, resetClock } from '../clock';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { authenticateOperator, LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS } from './authenticate';
import { resolveOperatorSession } from './operator-session';

setupTestDb();
afterEach(() => resetClock());

const PASSWORD = 'senha-de-teste-123';

describe('[AUTH] operator sign-in', () => {
  it('signs in with the right password and opens a server-side session', async () => {
    const { actors } = await createAccount({ roles: ['operator'] });
    const res = await authenticateOperator({ email: actors.operator.email.toUpperCase(), password: PASSWORD, ip: '203.0.113.5' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const state = await resolveOperatorSession(res.sessionId);
    expect(state.status).toBe('active');
    const log = await listActivity(actors.operator, { page: 1 });
    expect(log.rows[0]).toMatchObject({ action: 'auth.sign_in', ip: '203.0.113.5' });
  });

  it('answers the same for a wrong password and an unknown e-mail', async () => {
    const { actors } = await createAccount({ roles: ['operator'] });
    const wrong = await authenticateOperator({ email: actors.operator.email, password: 'errada' });
    const unknown = await authenticateOperator({ email: `ninguem-${Date.now()}@x.com`, password: 'errada' });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
  });

  it(`locks the e-mail for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_SIGN_INS} wrong passwords, even the right one`, async () => {
    const { actors } = await createAccount({ roles: ['operator'] });
    const email = actors.operator.email;
    const results = [];
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) results.push(await authenticateOperator({ email, password: 'errada' }));
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'locked']);
    expect(await authenticateOperator({ email, password: PASSWORD })).toEqual({ ok: false, reason: 'locked' });

    advanceClock(LOCKOUT_MINUTES * 60_000 + 1000);
    expect((await authenticateOperator({ email, password: PASSWORD })).ok).toBe(true);
  });

  it('locks unknown e-mails the same way (no account enumeration)', async () => {
    const email = `fantasma-${Date.now()}@x.com`;
    let last;
    for (let i = 0; i < MAX_FAILED_SIGN_INS + 1; i++) last = await authenticateOperator({ email, password: 'x' });
    expect(last).toEqual({ ok: false, reason: 'locked' });
  });

  it('counts concurrent failures exactly', async () => {
    const { actors } = await createAccount({ roles: ['operator'] });
    const email = actors.operator.email;
    await Promise.all(Array.from({ length: MAX_FAILED_SIGN_INS }, () => authenticateOperator({ email, password: 'errada' })));
    expect(await authenticateOperator({ email, password: PASSWORD })).toEqual({ ok: false, reason: 'locked' });
  });

  it('ends the session after the account idle timeout, and keeps it alive while used', async () => {
    const { actors } = await createAccount({ roles: ['viewer'] });
    const res = await authenticateOperator({ email: actors.viewer.email, password: PASSWORD });
    if (!res.ok) throw new Error('sign-in failed');
    advanceClock(20 * 60_000);
    expect((await resolveOperatorSession(res.sessionId)).status).toBe('active');
    advanceClock(20 * 60_000); // 20 min since last use: still inside the default 30
    expect((await resolveOperatorSession(res.sessionId)).status).toBe('active');
    advanceClock(31 * 60_000);
    expect((await resolveOperatorSession(res.sessionId)).status).toBe('expired');
    advanceClock(-60 * 60_000); // even back in time, an expired session never comes back, and keeps saying why
    expect((await resolveOperatorSession(res.sessionId)).status).toBe('expired');
  });
});
