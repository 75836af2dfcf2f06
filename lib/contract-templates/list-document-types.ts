import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { documentTypes } from '../db/schema';

/** The account's document types for the template's "Tipo de documento" select. */
export async function listDocumentTypes(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  return db
    .select({ id: documentTypes.id, name: documentTypes.name })
    .from(documentTypes)
    .where(eq(documentTypes.accountId, actor.accountId))
    .orderBy(asc(documentTypes.name), asc(documentTypes.id));
}
