import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { users } from '../db/schema';

export async function listUsers(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.accountId, actor.accountId))
    .orderBy(asc(users.name));
}
