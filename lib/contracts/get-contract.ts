import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches, contacts, contractStages, contractTemplates, contracts, customers } from '../db/schema';
import { z } from '../validation';

const uuid = z.uuid();

/** One contract of the actor's account with the names it points to, or null (unknown, malformed or another account's id). */
export async function getContract(actor: Pick<Actor, 'accountId'>, contractId: string) {
  if (!uuid.safeParse(contractId).success) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      contract: contracts,
      customerName: customers.name,
      customerTaxId: customers.taxId,
      branchName: branches.name,
      branchIntegrationId: branches.integrationId,
      templateName: contractTemplates.name,
      witnessName: contacts.name,
      stageName: contractStages.name,
    })
    .from(contracts)
    .innerJoin(customers, and(eq(customers.id, contracts.customerId), eq(customers.accountId, contracts.accountId)))
    .innerJoin(branches, and(eq(branches.id, contracts.branchId), eq(branches.accountId, contracts.accountId)))
    .innerJoin(contractTemplates, and(eq(contractTemplates.id, contracts.templateId), eq(contractTemplates.accountId, contracts.accountId)))
    .leftJoin(contacts, and(eq(contacts.id, contracts.witnessContactId), eq(contacts.accountId, contracts.accountId)))
    .leftJoin(contractStages, and(eq(contractStages.id, contracts.stageId), eq(contractStages.accountId, contracts.accountId)))
    .where(and(eq(contracts.id, contractId), eq(contracts.accountId, actor.accountId)));
  if (!row) return null;
  const { contract, ...names } = row;
  return { ...contract, ...names };
}

export type ContractDetail = NonNullable<Awaited<ReturnType<typeof getContract>>>;
