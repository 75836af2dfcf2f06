import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contractTemplates } from '../db/schema';

/** Every term of the account by name, for the "add a term" picker (accounts keep a handful). */
export async function listTerms(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  return db
    .select({ id: contractTemplates.id, name: contractTemplates.name, format: contractTemplates.format, active: contractTemplates.active })
    .from(contractTemplates)
    .where(and(eq(contractTemplates.accountId, actor.accountId), eq(contractTemplates.kind, 'term')))
    .orderBy(asc(contractTemplates.name), asc(contractTemplates.id))
    .limit(500);
}
