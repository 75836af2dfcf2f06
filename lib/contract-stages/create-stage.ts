import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractStages, stageRequiredDocumentTypes } from '../db/schema';
import { forbidden } from '../errors';
import type { StageInput } from './schemas';
import { assertNextStage, assertOwnDocumentTypes, describeStage, stageNameConflict } from './stage-rules';

export async function createStage(actor: Actor, input: StageInput) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const required = await assertOwnDocumentTypes(tx, actor.accountId, input.documentTypeIds);
      const next = await assertNextStage(tx, actor.accountId, input.nextStageId);
      const [row] = await tx
        .insert(contractStages)
        .values({ accountId: actor.accountId, name: input.name, position: input.position, nextStageId: input.nextStageId })
        .returning({ id: contractStages.id });
      if (input.documentTypeIds.length) {
        await tx.insert(stageRequiredDocumentTypes).values(input.documentTypeIds.map((documentTypeId) => ({ stageId: row.id, documentTypeId })));
      }
      await recordActivity(tx, actor, {
        action: 'contract_stage.created',
        entityType: 'contract_stage',
        entityId: row.id,
        summary: `Criou a situação do contrato ${describeStage(input.name, required, next)}`,
      });
      return { stageId: row.id };
    });
  } catch (err) {
    throw stageNameConflict(err);
  }
}
