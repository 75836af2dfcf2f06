import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { contractStages, contractTerms, contracts, envelopeDocuments, envelopes, serviceOrders } from '../db/schema';
import { missingDocumentTypesForStage } from '../contracts/stage-gate';
import { enqueueSeal } from '../evidence/enqueue-seal';
import { recordEnvelopeEvent } from '../evidence/record-envelope-event';
import { resolveActivation } from '../settings/effective-settings';
import { getGeneralParameters } from '../settings/get-general-parameters';

export type CompletionResult = { completed: false } | { completed: true; activatedContract: boolean; closedServiceOrder: boolean; movedToStageId: string | null };

/**
 * Marks an envelope signed by everyone exactly once (status "sealing" until lib/evidence seals it) — a conditional update, so two signers finishing at
 * the same instant or a retried request cannot complete it twice — and runs what completion
 * means for its contract: terms signed, the O.S. closed, activation "no ato da assinatura", and the
 * move to the stage's next stage when that stage's required documents are now signed.
 */
export async function completeEnvelope(db: Executor, envelopeId: string, at: Date): Promise<CompletionResult> {
  const run = async (tx: Executor): Promise<CompletionResult> => {
    const [envelope] = await tx
      .update(envelopes)
      .set({ status: 'sealing', completedAt: at, closedAt: at })
      .where(and(eq(envelopes.id, envelopeId), inArray(envelopes.status, ['sent', 'partially_signed'])))
      .returning();
    if (!envelope) return { completed: false };
    const base = { accountId: envelope.accountId, envelopeId, actorType: 'system' as const, occurredAt: at };
    await recordEnvelopeEvent(tx, { ...base, type: 'envelope.completed' });
    // Sealing starts in the same transaction: no envelope is ever complete without its seal job.
    await enqueueSeal(tx, { accountId: envelope.accountId, envelopeId });

    const termIds = (
      await tx
        .select({ id: envelopeDocuments.contractTermId })
        .from(envelopeDocuments)
        .where(and(eq(envelopeDocuments.envelopeId, envelopeId), isNotNull(envelopeDocuments.contractTermId)))
    ).map((r) => r.id!);
    if (termIds.length) {
      await tx.update(contractTerms).set({ signed: true, signedAt: at }).where(and(eq(contractTerms.accountId, envelope.accountId), inArray(contractTerms.id, termIds)));
    }

    let closedServiceOrder = false;
    if (envelope.serviceOrderId) {
      const closed = await tx
        .update(serviceOrders)
        .set({ status: 'closed', closedAt: at })
        .where(and(eq(serviceOrders.id, envelope.serviceOrderId), eq(serviceOrders.status, 'open')))
        .returning({ id: serviceOrders.id });
      closedServiceOrder = closed.length > 0;
      if (closedServiceOrder) await recordEnvelopeEvent(tx, { ...base, type: 'service_order.closed', payload: { serviceOrderId: envelope.serviceOrderId } });
    }

    let activatedContract = false;
    let movedToStageId: string | null = null;
    if (envelope.contractId) {
      const [contract] = await tx.select().from(contracts).where(eq(contracts.id, envelope.contractId)).for('update');
      const general = await getGeneralParameters({ accountId: envelope.accountId }, tx);
      if (
        contract &&
        envelope.origin !== 'standalone_term' &&
        contract.status === 'awaiting_signature' &&
        resolveActivation(general, contract.activation).value === 'on_signature'
      ) {
        await tx.update(contracts).set({ status: 'active', activatedAt: at }).where(eq(contracts.id, contract.id));
        await recordEnvelopeEvent(tx, { ...base, type: 'contract.activated', payload: { contractId: contract.id } });
        activatedContract = true;
      }
      if (contract?.stageId) {
        const [stage] = await tx.select().from(contractStages).where(eq(contractStages.id, contract.stageId));
        if (stage?.nextStageId) {
          const missing = await missingDocumentTypesForStage(tx, { accountId: envelope.accountId, contractId: contract.id, stageId: stage.nextStageId });
          if (missing.length === 0) {
            await tx.update(contracts).set({ stageId: stage.nextStageId, updatedAt: sql`now()` }).where(eq(contracts.id, contract.id));
            await recordEnvelopeEvent(tx, { ...base, type: 'contract.stage_advanced', payload: { contractId: contract.id, from: stage.id, to: stage.nextStageId } });
            movedToStageId = stage.nextStageId;
          }
        }
      }
    }
    return { completed: true, activatedContract, closedServiceOrder, movedToStageId };
  };
  // Inside a caller's transaction this is a savepoint; otherwise its own transaction.
  return db.transaction((tx) => run(tx));
}
