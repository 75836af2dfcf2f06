import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { envelopes, serviceOrderSubjects, serviceOrders, users } from '../db/schema';

/** The O.S. of one contract of the account, newest first, with the status of the latest envelope each produced. */
export async function listServiceOrders(actor: Pick<Actor, 'accountId'>, contractId: string) {
  const db = await getDb();
  const latestEnvelopeStatus = db
    .select({ status: envelopes.status })
    .from(envelopes)
    .where(and(eq(envelopes.serviceOrderId, serviceOrders.id), eq(envelopes.accountId, actor.accountId)))
    .orderBy(desc(envelopes.createdAt))
    .limit(1);
  return db
    .select({
      id: serviceOrders.id,
      number: serviceOrders.number,
      subjectName: serviceOrderSubjects.name,
      subjectRequiresSignature: serviceOrderSubjects.requiresSignature,
      description: serviceOrders.description,
      status: serviceOrders.status,
      createdAt: serviceOrders.createdAt,
      closedAt: serviceOrders.closedAt,
      createdByName: users.name,
      envelopeStatus: sql<string | null>`(${latestEnvelopeStatus})`,
    })
    .from(serviceOrders)
    .innerJoin(serviceOrderSubjects, and(eq(serviceOrderSubjects.id, serviceOrders.subjectId), eq(serviceOrderSubjects.accountId, serviceOrders.accountId)))
    .leftJoin(users, eq(users.id, serviceOrders.createdBy))
    .where(and(eq(serviceOrders.accountId, actor.accountId), eq(serviceOrders.contractId, contractId)))
    .orderBy(desc(serviceOrders.createdAt), desc(serviceOrders.id));
}

export type ServiceOrderRow = Awaited<ReturnType<typeof listServiceOrders>>[number];
