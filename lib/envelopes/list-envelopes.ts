import 'server-only';
import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches, contracts, customers, envelopes } from '../db/schema';
import { pageOffset, toPage, DEFAULT_PAGE_SIZE } from '../pagination';
import type { EnvelopeListFilters } from './schemas';

const dayStart = (day: string) => sql`(${day}::date)::timestamp at time zone 'America/Sao_Paulo'`;

/** Every envelope of the account, newest first, filtered by status, branch, period and customer. */
export async function listEnvelopes(actor: Pick<Actor, 'accountId'>, filters: Partial<EnvelopeListFilters>) {
  const db = await getDb();
  const page = filters.page ?? 1;
  const where: SQL[] = [eq(envelopes.accountId, actor.accountId)];
  if (filters.status) where.push(eq(envelopes.status, filters.status));
  if (filters.branchId) where.push(eq(envelopes.branchId, filters.branchId));
  if (filters.from) where.push(gte(envelopes.createdAt, dayStart(filters.from)));
  if (filters.to) where.push(lt(envelopes.createdAt, sql`${dayStart(filters.to)} + interval '1 day'`));
  if (filters.q) {
    const like = `%${filters.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(or(ilike(customers.name, like), ilike(envelopes.name, like))!);
  }
  const rows = await db
    .select({
      id: envelopes.id,
      name: envelopes.name,
      status: envelopes.status,
      origin: envelopes.origin,
      environment: envelopes.environment,
      createdAt: envelopes.createdAt,
      completedAt: envelopes.completedAt,
      expiresAt: envelopes.expiresAt,
      contractId: envelopes.contractId,
      contractNumber: contracts.number,
      customerName: customers.name,
      branchName: branches.name,
    })
    .from(envelopes)
    .leftJoin(contracts, eq(contracts.id, envelopes.contractId))
    .leftJoin(customers, eq(customers.id, contracts.customerId))
    .leftJoin(branches, eq(branches.id, envelopes.branchId))
    .where(and(...where))
    .orderBy(desc(envelopes.createdAt), desc(envelopes.id))
    .limit(DEFAULT_PAGE_SIZE + 1)
    .offset(pageOffset(page));
  return toPage(rows, page);
}
