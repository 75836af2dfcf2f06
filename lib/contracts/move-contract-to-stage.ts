import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractStages, contracts } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { findStage, lockContract } from './contract-record';
import type { MoveStageInput } from './schemas';
import { missingDocumentTypesForStage, stageGateMessage } from './stage-gate';

/** Moves a contract to a stage, refused while the stage's required document types are not signed. */
export async function moveContractToStage(actor: Actor, input: MoveStageInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const contract = await lockContract(tx, actor.accountId, input.contractId);
    const stage = await findStage(tx, actor.accountId, input.stageId);
    if (contract.stageId === stage.id) {
      throw new AppError('INVALID_STATE', { userMessage: `O contrato já está na situação ${stage.name}.` });
    }
    const missing = await missingDocumentTypesForStage(tx, { accountId: actor.accountId, contractId: contract.id, stageId: stage.id });
    if (missing.length) {
      const message = stageGateMessage(stage.name, missing);
      throw new AppError('INVALID_STATE', { userMessage: message, fields: { stageId: [message] } });
    }
    const [from] = contract.stageId
      ? await tx
          .select({ name: contractStages.name })
          .from(contractStages)
          .where(and(eq(contractStages.id, contract.stageId), eq(contractStages.accountId, actor.accountId)))
      : [];
    await tx
      .update(contracts)
      .set({ stageId: stage.id })
      .where(and(eq(contracts.id, contract.id), eq(contracts.accountId, actor.accountId)));
    await recordActivity(tx, actor, {
      action: 'contract.stage_changed',
      entityType: 'contract',
      entityId: contract.id,
      summary: `Mudou a situação do contrato nº ${contract.number}${from ? ` de ${from.name}` : ''} para ${stage.name}`,
      details: { fromStageId: contract.stageId, toStageId: stage.id },
    });
    return { stageId: stage.id };
  });
}
