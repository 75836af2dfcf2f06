import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { serviceOrderSubjects, serviceOrders } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { lockSubject } from './subject-rules';

const SHOWN = 5;

/** Refused while service orders use the subject: the message names them. */
export async function deleteSubject(actor: Actor, input: { subjectId: string }) {
  if (!hasRole(actor.role, 'admin')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await lockSubject(tx, actor.accountId, input.subjectId);
    const using = and(eq(serviceOrders.accountId, actor.accountId), eq(serviceOrders.subjectId, row.id));
    const [{ total }] = await tx.select({ total: count() }).from(serviceOrders).where(using);
    if (total > 0) {
      const shown = await tx.select({ number: serviceOrders.number }).from(serviceOrders).where(using).orderBy(asc(serviceOrders.createdAt)).limit(SHOWN);
      const more = total > SHOWN ? ` e mais ${total - SHOWN}` : '';
      throw new AppError('CONFLICT', {
        userMessage: `O assunto "${row.name}" está em uso pelas O.S. nº ${shown.map((s) => s.number).join(', ')}${more}. Ordens de serviço abertas com ele ficam no histórico; crie um novo assunto se precisar de outro.`,
      });
    }
    await tx.delete(serviceOrderSubjects).where(and(eq(serviceOrderSubjects.id, row.id), eq(serviceOrderSubjects.accountId, actor.accountId)));
    await recordActivity(tx, actor, {
      action: 'service_order_subject.deleted',
      entityType: 'service_order_subject',
      entityId: row.id,
      summary: `Excluiu o assunto de O.S. ${row.name}`,
    });
  });
}
