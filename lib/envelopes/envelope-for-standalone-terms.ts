import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { contractTerms } from '../db/schema';
import { AppError } from '../errors';
import { createEnvelopeForContract } from './create-envelope-for-contract';
import type { AutomaticEnvelopeResult } from './envelope-on-contract-save';

/** Path 4: terms added to a contract with "Assinado = não" go out for signature on their own. */
export async function envelopeForStandaloneTerms(
  tx: Tx,
  actor: Actor,
  input: { contractId: string; contractTermIds: string[] },
): Promise<AutomaticEnvelopeResult> {
  if (input.contractTermIds.length === 0) return { created: false, reason: null };
  const unsigned = await tx
    .select({ id: contractTerms.id })
    .from(contractTerms)
    .where(
      and(
        eq(contractTerms.accountId, actor.accountId),
        eq(contractTerms.contractId, input.contractId),
        eq(contractTerms.signed, false),
        inArray(contractTerms.id, input.contractTermIds),
      ),
    );
  if (unsigned.length === 0) return { created: false, reason: null };
  try {
    const { envelopeId } = await createEnvelopeForContract(tx, actor, {
      contractId: input.contractId,
      origin: 'standalone_term',
      contractTermIds: unsigned.map((t) => t.id),
    });
    return { created: true, envelopeId };
  } catch (err) {
    if (err instanceof AppError && err.code === 'INVALID_STATE') return { created: false, reason: err.userMessage };
    throw err;
  }
}
