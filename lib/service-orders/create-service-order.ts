import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import { nextCounterValue } from '../accounts/next-counter';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { serviceOrderSubjects, serviceOrders } from '../db/schema';
import { lockContract } from '../contracts/contract-record';
import { envelopeOnServiceOrderSave } from '../envelopes/envelope-on-service-order-save';
import { AppError, forbidden } from '../errors';
import type { ServiceOrderInput } from './schemas';

/**
 * Opens an O.S. on a contract; its number comes from the account's own sequence. A subject flagged
 * "Integração assinatura digital" makes it create the contract's signing document in the same
 * transaction; a failed precondition leaves the O.S. open and `envelope.reason` says why.
 */
export async function createServiceOrder(actor: Actor, input: ServiceOrderInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const contract = await lockContract(tx, actor.accountId, input.contractId);
    const [subject] = await tx
      .select({ id: serviceOrderSubjects.id, name: serviceOrderSubjects.name })
      .from(serviceOrderSubjects)
      .where(and(eq(serviceOrderSubjects.id, input.subjectId), eq(serviceOrderSubjects.accountId, actor.accountId)));
    if (!subject) {
      throw new AppError('INVALID_INPUT', { userMessage: 'Corrija os campos destacados.', fields: { subjectId: ['Assunto não encontrado nesta conta.'] } });
    }
    const number = String(await nextCounterValue(tx, actor.accountId, 'service_order'));
    const [row] = await tx
      .insert(serviceOrders)
      .values({
        accountId: actor.accountId,
        number,
        contractId: contract.id,
        subjectId: subject.id,
        description: input.description,
        createdBy: actor.actorId,
      })
      .returning({ id: serviceOrders.id });
    await recordActivity(tx, actor, {
      action: 'service_order.created',
      entityType: 'service_order',
      entityId: row.id,
      summary: `Abriu a O.S. nº ${number} (${subject.name}) no contrato nº ${contract.number}`,
      details: { contractId: contract.id, subjectId: subject.id },
    });
    const envelope = await envelopeOnServiceOrderSave(tx, actor, row.id);
    return { serviceOrderId: row.id, number, envelope };
  });
}
