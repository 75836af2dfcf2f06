import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { AppError } from '../errors';
import { resolveUseSignature } from '../settings/effective-settings';
import { createEnvelopeForContract, liveContractEnvelopes } from './create-envelope-for-contract';
import { loadContractContext } from './load-contract-context';

export type AutomaticEnvelopeResult = { created: true; envelopeId: string } | { created: false; reason: string | null };

/**
 * Path 1: saving a contract creates its envelope when the branch's integration sends "on contract"
 * and the contract's effective "use signature" is yes. Nothing is expected otherwise (reason null);
 * when it was expected but a precondition fails, the contract still saves and the reason is shown.
 * A contract that already has a live envelope does not get another one on every edit.
 */
export async function envelopeOnContractSave(tx: Tx, actor: Actor, contractId: string): Promise<AutomaticEnvelopeResult> {
  const ctx = await loadContractContext(tx, actor.accountId, contractId);
  if (ctx.contract.status !== 'awaiting_signature') return { created: false, reason: null };
  if (!resolveUseSignature(ctx.general, ctx.contract.useSignatureIntegration).value) return { created: false, reason: null };
  if (ctx.integration && ctx.integration.sendMethod !== 'contract') return { created: false, reason: null };
  if ((await liveContractEnvelopes(tx, actor.accountId, contractId)).length > 0) return { created: false, reason: null };
  try {
    const { envelopeId } = await createEnvelopeForContract(tx, actor, { contractId, origin: 'contract_saved' });
    return { created: true, envelopeId };
  } catch (err) {
    if (err instanceof AppError && err.code === 'INVALID_STATE') return { created: false, reason: err.userMessage };
    throw err;
  }
}
