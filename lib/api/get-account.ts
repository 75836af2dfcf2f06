import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { ApiCaller } from '../api-keys/authenticate-api-key';
import { getDb } from '../db/client';
import { accounts, users } from '../db/schema';
import { listFolders, listSignerRoles } from '../folders/folders';
import { z } from '../validation';

export const accountResponseSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    users: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string(), active: z.boolean() })),
    folders: z.array(z.object({ id: z.uuid(), name: z.string() })),
    signerRoles: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: 'Account' });

/** GET /api/v1/account: the ids integrators need (idResponsavel, idPasta, papéis). */
export async function getApiAccount(caller: ApiCaller): Promise<z.output<typeof accountResponseSchema>> {
  const db = await getDb();
  const [account] = await db.select({ id: accounts.id, name: accounts.name, slug: accounts.slug }).from(accounts).where(eq(accounts.id, caller.accountId));
  const [people, folderRows, roles] = await Promise.all([
    db.select({ id: users.id, name: users.name, email: users.email, active: users.active }).from(users).where(eq(users.accountId, caller.accountId)).orderBy(asc(users.name)),
    listFolders(caller),
    listSignerRoles(caller),
  ]);
  return { ...account, users: people, folders: folderRows.map(({ id, name }) => ({ id, name })), signerRoles: roles };
}
