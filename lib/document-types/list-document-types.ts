import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contractStages, documentTypes, stageRequiredDocumentTypes } from '../db/schema';

/** Every document type of the account (a handful) with how many stages require it. */
export async function listDocumentTypes(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  return db
    .select({
      id: documentTypes.id,
      name: documentTypes.name,
      requiresSignature: documentTypes.requiresSignature,
      stageCount: count(contractStages.id),
    })
    .from(documentTypes)
    .leftJoin(stageRequiredDocumentTypes, eq(stageRequiredDocumentTypes.documentTypeId, documentTypes.id))
    .leftJoin(
      contractStages,
      and(eq(contractStages.id, stageRequiredDocumentTypes.stageId), eq(contractStages.accountId, documentTypes.accountId)),
    )
    .where(eq(documentTypes.accountId, actor.accountId))
    .groupBy(documentTypes.id)
    .orderBy(asc(documentTypes.name), asc(documentTypes.id));
}

export type DocumentTypeRow = Awaited<ReturnType<typeof listDocumentTypes>>[number];
