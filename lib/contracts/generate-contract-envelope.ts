import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { createEnvelopeForContract } from '../envelopes/create-envelope-for-contract';
import { AppError, forbidden } from '../errors';
import { lockContract } from './contract-record';

/**
 * "Gerar novo documento de assinatura digital": by hand, only while the contract is "Aguardando
 * assinatura" (reference 000, criação manual). A failed precondition is refused with its reason.
 */
export async function generateContractEnvelope(actor: Actor, input: { contractId: string }) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const contract = await lockContract(tx, actor.accountId, input.contractId);
    if (contract.status !== 'awaiting_signature') {
      throw new AppError('INVALID_STATE', {
        userMessage: `O contrato nº ${contract.number} não está "Aguardando assinatura": altere o status para gerar um novo documento de assinatura.`,
      });
    }
    const { envelopeId } = await createEnvelopeForContract(tx, actor, { contractId: contract.id, origin: 'manual' });
    await recordActivity(tx, actor, {
      action: 'contract.envelope_generated',
      entityType: 'contract',
      entityId: contract.id,
      summary: `Gerou manualmente um novo documento de assinatura do contrato nº ${contract.number}`,
      details: { envelopeId },
    });
    return { envelopeId };
  });
}
