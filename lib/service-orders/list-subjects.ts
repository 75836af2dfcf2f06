import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { serviceOrderSubjects, serviceOrders } from '../db/schema';

/** Every O.S. subject of the account with how many service orders use it. */
export async function listSubjects(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  return db
    .select({
      id: serviceOrderSubjects.id,
      name: serviceOrderSubjects.name,
      requiresSignature: serviceOrderSubjects.requiresSignature,
      orderCount: count(serviceOrders.id),
    })
    .from(serviceOrderSubjects)
    .leftJoin(serviceOrders, and(eq(serviceOrders.subjectId, serviceOrderSubjects.id), eq(serviceOrders.accountId, serviceOrderSubjects.accountId)))
    .where(eq(serviceOrderSubjects.accountId, actor.accountId))
    .groupBy(serviceOrderSubjects.id)
    .orderBy(asc(serviceOrderSubjects.name), asc(serviceOrderSubjects.id));
}

export type SubjectRow = Awaited<ReturnType<typeof listSubjects>>[number];
