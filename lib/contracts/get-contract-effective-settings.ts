import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { branches, integrations } from '../db/schema';
import { resolveEffectiveSettings, type ContractChoices } from '../settings/effective-settings';
import { getGeneralParameters } from '../settings/get-general-parameters';

type ContractLike = ContractChoices & { branchId: string };

/**
 * What a contract really uses and why (contract › general parameter › integration default), plus
 * the integration its branch links to, which decides where and how the signing document goes.
 */
export async function getContractEffectiveSettings(actor: Pick<Actor, 'accountId'>, contract: ContractLike) {
  const db = await getDb();
  const general = await getGeneralParameters(actor, db);
  const [integration] = await db
    .select({
      id: integrations.id,
      description: integrations.description,
      provider: integrations.provider,
      environment: integrations.environment,
      sendMethod: integrations.sendMethod,
      requireIdDocument: integrations.requireIdDocument,
      requireSelfie: integrations.requireSelfie,
    })
    .from(branches)
    .innerJoin(integrations, and(eq(integrations.id, branches.integrationId), eq(integrations.accountId, branches.accountId)))
    .where(and(eq(branches.id, contract.branchId), eq(branches.accountId, actor.accountId)));
  return {
    settings: resolveEffectiveSettings(general, integration ?? null, contract),
    integration: integration ?? null,
  };
}
