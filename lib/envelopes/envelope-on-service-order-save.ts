import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { serviceOrderSubjects, serviceOrders } from '../db/schema';
import { AppError, notFound } from '../errors';
import { createEnvelopeForContract } from './create-envelope-for-contract';
import type { AutomaticEnvelopeResult } from './envelope-on-contract-save';

/**
 * Path 3: saving an O.S. whose subject is flagged "Integração assinatura digital" creates the
 * contract's envelope (send method "ordem de serviço"); the O.S. closes when it completes.
 */
export async function envelopeOnServiceOrderSave(tx: Tx, actor: Actor, serviceOrderId: string): Promise<AutomaticEnvelopeResult> {
  const [row] = await tx
    .select({ order: serviceOrders, subject: serviceOrderSubjects })
    .from(serviceOrders)
    .innerJoin(serviceOrderSubjects, eq(serviceOrderSubjects.id, serviceOrders.subjectId))
    .where(and(eq(serviceOrders.id, serviceOrderId), eq(serviceOrders.accountId, actor.accountId)));
  if (!row) throw notFound('Ordem de serviço');
  if (!row.subject.requiresSignature) return { created: false, reason: null };
  try {
    const { envelopeId } = await createEnvelopeForContract(tx, actor, {
      contractId: row.order.contractId,
      origin: 'service_order',
      serviceOrderId,
    });
    return { created: true, envelopeId };
  } catch (err) {
    if (err instanceof AppError && err.code === 'INVALID_STATE') return { created: false, reason: err.userMessage };
    throw err;
  }
}
