import 'server-only';
import { and, asc, eq, gte, ilike, like, lte, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb, type Executor } from '../db/client';
import { customers } from '../db/schema';
import { DEFAULT_PAGE_SIZE, pageOffset, toPage } from '../pagination';
import { escapeLike, parseCustomerSearch } from './search-text';

type ListParams = { page: number; q?: string };

/** Tax ids are [0-9A-Z]{11,14}: every one starting with `prefix` sorts between prefix and prefix + "ZZ…". */
const TAX_ID_MAX = 'Z'.repeat(14);

function searchCondition(q: string | undefined): SQL | undefined {
  const search = parseCustomerSearch(q);
  if (!search) return undefined;
  if (search.by === 'text') return ilike(customers.searchText, search.pattern);
  // A range the (account_id, tax_id) btree answers whatever the database collation (LIKE 'x%'
  // only uses a btree under the C collation); the LIKE keeps the match exact.
  return and(
    gte(customers.taxId, search.prefix),
    lte(customers.taxId, search.prefix + TAX_ID_MAX.slice(search.prefix.length)),
    like(customers.taxId, `${escapeLike(search.prefix)}%`),
  );
}

/** The list's query, exposed so benchmarks can EXPLAIN exactly what the page runs. */
export function customerListQuery(db: Executor, actor: Pick<Actor, 'accountId'>, params: ListParams, pageSize = DEFAULT_PAGE_SIZE) {
  return db
    .select({
      id: customers.id,
      kind: customers.kind,
      name: customers.name,
      taxId: customers.taxId,
      firstEmail: sql<string | null>`${customers.emails}[1]`,
      phone: customers.phone,
    })
    .from(customers)
    .where(and(eq(customers.accountId, actor.accountId), searchCondition(params.q)))
    .orderBy(asc(customers.name), asc(customers.id))
    .limit(pageSize + 1)
    .offset(pageOffset(params.page, pageSize));
}

/** A page of the account's customers ordered by name, optionally filtered by name, CPF/CNPJ or e-mail. */
export async function listCustomers(actor: Pick<Actor, 'accountId'>, params: ListParams, pageSize = DEFAULT_PAGE_SIZE) {
  const db = await getDb();
  const rows = await customerListQuery(db, actor, params, pageSize);
  return toPage(rows, params.page, pageSize);
}

export type CustomerListRow = Awaited<ReturnType<typeof listCustomers>>['rows'][number];
