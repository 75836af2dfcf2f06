import 'server-only';
import { recordActivity } from '../activity/record-activity';
import { nextCounterValue } from '../accounts/next-counter';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopeOnContractSave } from '../envelopes/envelope-on-contract-save';
import { contracts } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { assertContractRefs, findStage } from './contract-record';
import { formatBrl } from './money';
import type { CreateContractInput } from './schemas';
import { missingDocumentTypesForStage, stageGateMessage } from './stage-gate';

/**
 * Numbers are per account, from a counter row incremented in the same transaction (exact under
 * concurrency). Saving may create the signing document (path "contrato"); when that was expected but
 * a precondition failed, the contract still saves and `envelope.reason` says why.
 */
export async function createContract(actor: Actor, input: CreateContractInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const names = await assertContractRefs(tx, actor.accountId, input);
    const stage = input.stageId ? await findStage(tx, actor.accountId, input.stageId) : null;
    const number = String(await nextCounterValue(tx, actor.accountId, 'contract'));
    const at = now();
    const [row] = await tx
      .insert(contracts)
      .values({
        accountId: actor.accountId,
        number,
        customerId: input.customerId,
        branchId: input.branchId,
        templateId: input.templateId,
        planName: input.planName,
        priceCents: input.price,
        startDate: input.startDate,
        dueDay: input.dueDay,
        status: input.status,
        useSignatureIntegration: input.useSignatureIntegration,
        activation: input.activation,
        requireIdDocument: input.requireIdDocument,
        requireSelfie: input.requireSelfie,
        witnessContactId: input.witnessContactId,
        stageId: input.stageId,
        notes: input.notes,
        activatedAt: input.status === 'active' ? at : null,
        cancelledAt: input.status === 'cancelled' ? at : null,
      })
      .returning({ id: contracts.id });
    if (stage) {
      const missing = await missingDocumentTypesForStage(tx, { accountId: actor.accountId, contractId: row.id, stageId: stage.id });
      if (missing.length) {
        const message = stageGateMessage(stage.name, missing);
        throw new AppError('INVALID_STATE', { userMessage: message, fields: { stageId: [message] } });
      }
    }
    const plan = [input.planName, input.price != null ? formatBrl(input.price) : null].filter(Boolean).join(', ');
    await recordActivity(tx, actor, {
      action: 'contract.created',
      entityType: 'contract',
      entityId: row.id,
      summary: `Criou o contrato nº ${number} de ${names.customerName}${plan ? ` (${plan})` : ''} na filial ${names.branchName}`,
      details: { templateId: input.templateId, stageId: input.stageId, status: input.status },
    });
    const envelope = await envelopeOnContractSave(tx, actor, row.id);
    return { contractId: row.id, number, envelope };
  });
}
