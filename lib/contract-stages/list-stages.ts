import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { contractStages, documentTypes, stageRequiredDocumentTypes } from '../db/schema';

const nextStage = alias(contractStages, 'next_stage');

/** Every stage of the account in its order, with the document types it requires and where signing moves it. */
export async function listStages(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  const stages = await db
    .select({
      id: contractStages.id,
      name: contractStages.name,
      position: contractStages.position,
      nextStageId: contractStages.nextStageId,
      nextStageName: nextStage.name,
    })
    .from(contractStages)
    .leftJoin(nextStage, and(eq(nextStage.id, contractStages.nextStageId), eq(nextStage.accountId, contractStages.accountId)))
    .where(eq(contractStages.accountId, actor.accountId))
    .orderBy(asc(contractStages.position), asc(contractStages.name), asc(contractStages.id));
  const required = stages.length
    ? await db
        .select({
          stageId: stageRequiredDocumentTypes.stageId,
          id: documentTypes.id,
          name: documentTypes.name,
          requiresSignature: documentTypes.requiresSignature,
        })
        .from(stageRequiredDocumentTypes)
        .innerJoin(documentTypes, eq(documentTypes.id, stageRequiredDocumentTypes.documentTypeId))
        .where(
          and(
            eq(documentTypes.accountId, actor.accountId),
            inArray(
              stageRequiredDocumentTypes.stageId,
              stages.map((s) => s.id),
            ),
          ),
        )
        .orderBy(asc(documentTypes.name))
    : [];
  return stages.map((s) => ({
    ...s,
    documentTypes: required.filter((r) => r.stageId === s.id).map(({ id, name, requiresSignature }) => ({ id, name, requiresSignature })),
  }));
}

export type StageRow = Awaited<ReturnType<typeof listStages>>[number];
