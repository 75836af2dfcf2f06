import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches, contractStages } from '../db/schema';
import { listContractTemplates } from './list-contract-templates';

/** Every branch of the account by name (accounts have a handful), with the integration it links to. */
export async function listBranchOptions(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  return db
    .select({ id: branches.id, name: branches.name, integrationId: branches.integrationId })
    .from(branches)
    .where(eq(branches.accountId, actor.accountId))
    .orderBy(asc(branches.name), asc(branches.id));
}

/** Branches, contract templates and stages of the account: the short lists the contract form picks from. */
export async function listContractFormOptions(actor: Pick<Actor, 'accountId'>) {
  const db = await getDb();
  const [branchRows, templates, stages] = await Promise.all([
    listBranchOptions(actor),
    listContractTemplates(actor, 'contract'),
    db
      .select({ id: contractStages.id, name: contractStages.name })
      .from(contractStages)
      .where(eq(contractStages.accountId, actor.accountId))
      .orderBy(asc(contractStages.position), asc(contractStages.name), asc(contractStages.id)),
  ]);
  return { branches: branchRows, templates, stages };
}

export type ContractFormOptions = Awaited<ReturnType<typeof listContractFormOptions>>;
