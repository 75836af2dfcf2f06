import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches } from '../db/schema';
import { notFound } from '../errors';

export async function getBranch(actor: Pick<Actor, 'accountId'>, branchId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: branches.id,
      name: branches.name,
      cnpj: branches.cnpj,
      addressStreet: branches.addressStreet,
      addressNumber: branches.addressNumber,
      addressComplement: branches.addressComplement,
      addressDistrict: branches.addressDistrict,
      addressCity: branches.addressCity,
      addressState: branches.addressState,
      addressPostalCode: branches.addressPostalCode,
      integrationId: branches.integrationId,
    })
    .from(branches)
    .where(and(eq(branches.id, branchId), eq(branches.accountId, actor.accountId)));
  if (!row) throw notFound('Filial');
  return row;
}
