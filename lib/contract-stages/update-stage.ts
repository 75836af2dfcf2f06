import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractStages, stageRequiredDocumentTypes } from '../db/schema';
import { forbidden } from '../errors';
import type { UpdateStageInput } from './schemas';
import { assertNextStage, assertOwnDocumentTypes, describeStage, lockStage, stageNameConflict } from './stage-rules';

export async function updateStage(actor: Actor, input: UpdateStageInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const saved = await lockStage(tx, actor.accountId, input.stageId);
      const required = await assertOwnDocumentTypes(tx, actor.accountId, input.documentTypeIds);
      const next = await assertNextStage(tx, actor.accountId, input.nextStageId, saved.id);
      await tx
        .update(contractStages)
        .set({ name: input.name, position: input.position, nextStageId: input.nextStageId })
        .where(and(eq(contractStages.id, saved.id), eq(contractStages.accountId, actor.accountId)));
      const before = await tx
        .delete(stageRequiredDocumentTypes)
        .where(eq(stageRequiredDocumentTypes.stageId, saved.id))
        .returning({ documentTypeId: stageRequiredDocumentTypes.documentTypeId });
      if (input.documentTypeIds.length) {
        await tx.insert(stageRequiredDocumentTypes).values(input.documentTypeIds.map((documentTypeId) => ({ stageId: saved.id, documentTypeId })));
      }
      await recordActivity(tx, actor, {
        action: 'contract_stage.updated',
        entityType: 'contract_stage',
        entityId: saved.id,
        summary: `Alterou a situação do contrato ${describeStage(input.name, required, next)}`,
        details: {
          name: { from: saved.name, to: input.name },
          documentTypeIds: { from: before.map((r) => r.documentTypeId), to: input.documentTypeIds },
          nextStageId: { from: saved.nextStageId, to: input.nextStageId },
        },
      });
    });
  } catch (err) {
    throw stageNameConflict(err);
  }
}
