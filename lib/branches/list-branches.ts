import 'server-only';
import { and, asc, eq, ilike } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches, integrations } from '../db/schema';
import { DEFAULT_PAGE_SIZE, pageOffset, toPage } from '../pagination';

/** A page of the account's branches by name, each with the integration it uses. */
export async function listBranches(actor: Pick<Actor, 'accountId'>, params: { page?: number; q?: string } = {}) {
  const page = params.page ?? 1;
  const db = await getDb();
  const rows = await db
    .select({
      id: branches.id,
      name: branches.name,
      cnpj: branches.cnpj,
      addressCity: branches.addressCity,
      addressState: branches.addressState,
      integrationId: branches.integrationId,
      integrationDescription: integrations.description,
      integrationProvider: integrations.provider,
    })
    .from(branches)
    .leftJoin(integrations, and(eq(integrations.id, branches.integrationId), eq(integrations.accountId, branches.accountId)))
    .where(
      and(
        eq(branches.accountId, actor.accountId),
        params.q ? ilike(branches.name, `%${params.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
      ),
    )
    .orderBy(asc(branches.name), asc(branches.id))
    .limit(DEFAULT_PAGE_SIZE + 1)
    .offset(pageOffset(page));
  return toPage(rows, page);
}
