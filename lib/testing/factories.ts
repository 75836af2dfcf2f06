import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor';
import { hashPassword } from '../auth/password';
import type { Role } from '../auth/roles';
import { getDb } from '../db/client';
import { accounts, users } from '../db/schema';

/** A fresh account with one user per requested role; returns actors ready for use-cases. */
export async function createAccount(opts: { name?: string; roles?: Role[]; password?: string } = {}) {
  const db = await getDb();
  const tag = randomUUID().slice(0, 8);
  const [account] = await db
    .insert(accounts)
    .values({ name: opts.name ?? `Conta ${tag}`, slug: `conta-${tag}` })
    .returning();
  const passwordHash = await hashPassword(opts.password ?? 'senha-de-teste-123');
  const actors = {} as Record<Role, Actor & { email: string }>;
  for (const role of opts.roles ?? (['owner', 'admin', 'operator', 'viewer'] as Role[])) {
    const email = `${role}-${tag}@teste.rubrica.local`;
    const [u] = await db
      .insert(users)
      .values({ accountId: account.id, name: `${role} ${tag}`, email, role, passwordHash })
      .returning({ id: users.id });
    actors[role] = { accountId: account.id, actorId: u.id, role, ip: '203.0.113.10', email };
  }
  return { account, actors };
}

/** One more user with a role in an existing account (e2e signs in as them). */
export async function createUserFor(accountId: string, role: Role, password = 'senha-de-teste-123') {
  const db = await getDb();
  const email = `${role}-${randomUUID().slice(0, 8)}@teste.rubrica.local`;
  const [u] = await db
    .insert(users)
    .values({ accountId, name: `${role} ${email.slice(role.length + 1, role.length + 9)}`, email, role, passwordHash: await hashPassword(password) })
    .returning({ id: users.id });
  return { id: u.id, email };
}
