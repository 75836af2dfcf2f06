import 'server-only';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { getDb } from '../db/client';
import { accountSettings } from '../db/schema';
import { getGeneralParameters } from './get-general-parameters';
import type { GeneralParametersInput } from './schemas';

const yesNo = (v: boolean) => (v ? 'Sim' : 'Não');
const activation = { on_signature: 'No ato da assinatura', manual: 'Não ativar' } as const;

export async function updateGeneralParameters(actor: Actor, input: GeneralParametersInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await getGeneralParameters(actor, tx);
    // With the master switch off, the dependent fields are stored as "off" too: what the screen shows.
    const values = input.contractSignatureEnabled ? input : { ...input, useSignatureIntegration: false };
    await tx
      .insert(accountSettings)
      .values({ accountId: actor.accountId, ...values })
      .onConflictDoUpdate({ target: accountSettings.accountId, set: values });
    await recordActivity(tx, actor, {
      action: 'settings.general_updated',
      entityType: 'account',
      entityId: actor.accountId,
      summary:
        `Alterou os parâmetros gerais de assinatura digital: assinatura digital dos contratos ${yesNo(values.contractSignatureEnabled)}, ` +
        `utilizar integração ${yesNo(values.useSignatureIntegration)}, ativação ${activation[values.defaultActivation].toLowerCase()}`,
      details: { before, after: values },
    });
  });
}
