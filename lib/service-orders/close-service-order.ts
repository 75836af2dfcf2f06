import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { now } from '../clock';
import { getDb } from '../db/client';
import { serviceOrders } from '../db/schema';
import { AppError, forbidden } from '../errors';
import type { ServiceOrderIdInput } from './schemas';

/** Closes an open O.S. by hand (one whose subject signs closes by itself when its document is signed). */
export async function closeServiceOrder(actor: Actor, input: ServiceOrderIdInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const where = and(
      eq(serviceOrders.id, input.serviceOrderId),
      eq(serviceOrders.contractId, input.contractId),
      eq(serviceOrders.accountId, actor.accountId),
    );
    const [row] = await tx.select().from(serviceOrders).where(where).for('update');
    if (!row) throw new AppError('NOT_FOUND', { userMessage: 'O.S. não encontrada.' });
    if (row.status === 'closed') throw new AppError('INVALID_STATE', { userMessage: `A O.S. nº ${row.number} já está fechada.` });
    await tx.update(serviceOrders).set({ status: 'closed', closedAt: now() }).where(where);
    await recordActivity(tx, actor, {
      action: 'service_order.closed',
      entityType: 'service_order',
      entityId: row.id,
      summary: `Fechou a O.S. nº ${row.number}`,
      details: { contractId: row.contractId },
    });
  });
}
