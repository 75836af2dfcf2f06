import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contractTemplates, documentTypes } from '../db/schema';

/**
 * The account's active templates of one kind (contract models or terms) for the contract's selects;
 * read here directly so contracts do not wait on the template editor.
 */
export async function listContractTemplates(actor: Pick<Actor, 'accountId'>, kind: 'contract' | 'term') {
  const db = await getDb();
  return db
    .select({ id: contractTemplates.id, name: contractTemplates.name, documentTypeName: documentTypes.name })
    .from(contractTemplates)
    .leftJoin(documentTypes, and(eq(documentTypes.id, contractTemplates.documentTypeId), eq(documentTypes.accountId, contractTemplates.accountId)))
    .where(and(eq(contractTemplates.accountId, actor.accountId), eq(contractTemplates.kind, kind), eq(contractTemplates.active, true)))
    .orderBy(asc(contractTemplates.name), asc(contractTemplates.id));
}
