import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contracts, envelopes } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { lockContract } from './contract-record';

/**
 * Deletes a contract that never had a signing document (its terms and O.S. go with it). Once an
 * envelope exists the contract is part of the signature history: cancel it instead.
 */
export async function deleteContract(actor: Actor, input: { contractId: string }) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const contract = await lockContract(tx, actor.accountId, input.contractId);
    const [{ total }] = await tx
      .select({ total: count() })
      .from(envelopes)
      .where(and(eq(envelopes.accountId, actor.accountId), eq(envelopes.contractId, contract.id)));
    if (total > 0) {
      throw new AppError('INVALID_STATE', {
        userMessage: `O contrato nº ${contract.number} tem ${total === 1 ? 'um documento' : `${total} documentos`} de assinatura no histórico e não pode ser excluído. Mude o status para Cancelado.`,
      });
    }
    await tx.delete(contracts).where(and(eq(contracts.id, contract.id), eq(contracts.accountId, actor.accountId)));
    await recordActivity(tx, actor, {
      action: 'contract.deleted',
      entityType: 'contract',
      entityId: contract.id,
      summary: `Excluiu o contrato nº ${contract.number}`,
    });
  });
}
