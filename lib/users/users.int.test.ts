import { describe, expect, it } from 'vitest';
import { getAccountSettings, updateAccountSettings } from '../accounts/account-settings';
import { listActivity } from '../activity/list-activity';
import { authenticateOperator } from '../auth/authenticate';
import { resolveOperatorSession } from '../auth/operator-session';
import { AppError } from '../errors';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { changeUserRole } from './change-user-role';
import { inviteUser } from './invite-user';
import { listUsers } from './list-users';
import { setUserActive } from './set-user-active';

setupTestDb();

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

describe('[USERS] invite, roles and deactivation', () => {
  it('an admin invites a user who can then sign in with the temporary password; the log says so', async () => {
    const { actors } = await createAccount();
    const email = `nova-${Date.now()}@empresa.com.br`;
    const { userId, temporaryPassword } = await inviteUser(actors.admin, { name: 'Maria Souza', email, role: 'operator' });
    expect(temporaryPassword).toHaveLength(12);
    expect((await authenticateOperator({ email, password: temporaryPassword })).ok).toBe(true);
    const log = await listActivity(actors.admin, { page: 1, entityType: 'user' });
    expect(log.rows.find((r) => r.entityId === userId && r.action === 'user.invited')?.summary).toContain('Maria Souza');
  });

  it('refuses a second user with the same e-mail, naming the field', async () => {
    const { actors } = await createAccount();
    await expect(inviteUser(actors.admin, { name: 'X', email: actors.viewer.email, role: 'viewer' })).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { email: ['Já existe um usuário com este e-mail.'] },
    });
  });

  it('only owners create or change owners; nobody changes their own role', async () => {
    const { actors } = await createAccount();
    expect(await code(inviteUser(actors.admin, { name: 'Y', email: `y-${Date.now()}@x.com`, role: 'owner' }))).toBe('FORBIDDEN');
    expect(await code(changeUserRole(actors.admin, { userId: actors.owner.actorId, role: 'viewer' }))).toBe('FORBIDDEN');
    expect(await code(changeUserRole(actors.admin, { userId: actors.admin.actorId, role: 'owner' }))).toBe('FORBIDDEN');
    expect(await code(changeUserRole(actors.owner, { userId: actors.owner.actorId, role: 'admin' }))).toBe('INVALID_STATE');
    expect(await code(changeUserRole(actors.owner, { userId: actors.viewer.actorId, role: 'operator' }))).toBe('ok');
  });

  it('keeps at least one active owner', async () => {
    const { actors } = await createAccount();
    const second = await inviteUser(actors.owner, { name: 'Dono 2', email: `d2-${Date.now()}@x.com`, role: 'owner' });
    await changeUserRole(actors.owner, { userId: second.userId, role: 'admin' }); // fine: the first owner remains
    await setUserActive(actors.owner, { userId: second.userId, active: false });
    const users = await listUsers(actors.owner);
    expect(users.filter((u) => u.role === 'owner' && u.active)).toHaveLength(1);
  });

  it('deactivating a user ends their open sessions and blocks sign-in', async () => {
    const { actors } = await createAccount();
    const signedIn = await authenticateOperator({ email: actors.operator.email, password: 'senha-de-teste-123' });
    if (!signedIn.ok) throw new Error('sign-in failed');
    await setUserActive(actors.admin, { userId: actors.operator.actorId, active: false });
    expect((await resolveOperatorSession(signedIn.sessionId)).status).toBe('ended');
    expect(await authenticateOperator({ email: actors.operator.email, password: 'senha-de-teste-123' })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('[TENANCY] one account cannot read or change another account’s rows', () => {
  it('users, roles, activation, settings and logs are all scoped to the caller’s account', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const bUser = b.actors.operator.actorId;

    expect((await listUsers(a.actors.admin)).map((u) => u.id)).not.toContain(bUser);
    expect(await code(changeUserRole(a.actors.owner, { userId: bUser, role: 'viewer' }))).toBe('NOT_FOUND');
    expect(await code(setUserActive(a.actors.owner, { userId: bUser, active: false }))).toBe('NOT_FOUND');

    await updateAccountSettings(a.actors.admin, { sessionIdleMinutes: 45 });
    expect((await getAccountSettings(b.actors.admin)).sessionIdleMinutes).toBe(30);

    await inviteUser(b.actors.admin, { name: 'Segredo B', email: `b-${Date.now()}@x.com`, role: 'viewer' });
    const aLog = await listActivity(a.actors.admin, { page: 1, q: 'Segredo B' });
    expect(aLog.rows).toHaveLength(0);
    const bUsers = await listUsers(b.actors.admin);
    expect(bUsers.find((u) => u.id === bUser)?.active).toBe(true);
  });
});
