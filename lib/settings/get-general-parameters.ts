import 'server-only';
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { getDb, type Executor } from '../db/client';
import { accountSettings } from '../db/schema';
import type { GeneralParameters } from './effective-settings';

/** Until an account saves its parameters, contract signing is off (the reference's default). */
export const DEFAULT_GENERAL_PARAMETERS: GeneralParameters = {
  contractSignatureEnabled: false,
  useSignatureIntegration: false,
  defaultActivation: 'on_signature',
};

export async function getGeneralParameters(actor: Pick<Actor, 'accountId'>, executor?: Executor): Promise<GeneralParameters> {
  const db = executor ?? (await getDb());
  const [row] = await db
    .select({
      contractSignatureEnabled: accountSettings.contractSignatureEnabled,
      useSignatureIntegration: accountSettings.useSignatureIntegration,
      defaultActivation: accountSettings.defaultActivation,
    })
    .from(accountSettings)
    .where(eq(accountSettings.accountId, actor.accountId));
  return row ?? DEFAULT_GENERAL_PARAMETERS;
}
