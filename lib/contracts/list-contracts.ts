import 'server-only';
import { and, desc, eq, gte, ilike, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches, contractStages, contracts, customers } from '../db/schema';
import { DEFAULT_PAGE_SIZE, pageOffset, toPage } from '../pagination';
import { escapeLike, parseCustomerSearch } from '../people/search-text';
import type { ContractFilters } from './schemas';

/** A calendar day in Brazil (America/Sao_Paulo) as a timestamp bound. */
const saoPauloDayStart = (day: string) => sql`(${day}::date)::timestamp at time zone 'America/Sao_Paulo'`;

/** "12" finds contract nº 12 and customers whose CPF/CNPJ starts with 12; text finds customers by name or e-mail. */
function searchCondition(q: string | undefined): SQL | undefined {
  const search = parseCustomerSearch(q);
  if (!search || !q) return undefined;
  const byNumber = eq(contracts.number, q.trim());
  if (search.by === 'text') return or(byNumber, ilike(customers.searchText, search.pattern));
  return or(byNumber, like(customers.taxId, `${escapeLike(search.prefix)}%`));
}

/** A page of the account's contracts, newest first, filtered by status, branch, customer and creation period. */
export async function listContracts(actor: Pick<Actor, 'accountId'>, filters: Partial<ContractFilters>) {
  const page = filters.page ?? 1;
  const db = await getDb();
  const where: (SQL | undefined)[] = [eq(contracts.accountId, actor.accountId)];
  if (filters.status) where.push(eq(contracts.status, filters.status));
  if (filters.branchId) where.push(eq(contracts.branchId, filters.branchId));
  if (filters.from) where.push(gte(contracts.createdAt, saoPauloDayStart(filters.from)));
  if (filters.to) where.push(lt(contracts.createdAt, sql`${saoPauloDayStart(filters.to)} + interval '1 day'`));
  where.push(searchCondition(filters.q));
  const rows = await db
    .select({
      id: contracts.id,
      number: contracts.number,
      status: contracts.status,
      planName: contracts.planName,
      priceCents: contracts.priceCents,
      startDate: contracts.startDate,
      createdAt: contracts.createdAt,
      customerId: customers.id,
      customerName: customers.name,
      customerTaxId: customers.taxId,
      branchName: branches.name,
      stageName: contractStages.name,
    })
    .from(contracts)
    .innerJoin(customers, and(eq(customers.id, contracts.customerId), eq(customers.accountId, contracts.accountId)))
    .innerJoin(branches, and(eq(branches.id, contracts.branchId), eq(branches.accountId, contracts.accountId)))
    .leftJoin(contractStages, and(eq(contractStages.id, contracts.stageId), eq(contractStages.accountId, contracts.accountId)))
    .where(and(...where))
    // A search that is exactly a contract's number shows that contract first, whatever else matches.
    .orderBy(...(filters.q ? [sql`${contracts.number} = ${filters.q.trim()} desc`] : []), desc(contracts.createdAt), desc(contracts.id))
    .limit(DEFAULT_PAGE_SIZE + 1)
    .offset(pageOffset(page));
  return toPage(rows, page);
}

export type ContractListRow = Awaited<ReturnType<typeof listContracts>>['rows'][number];
