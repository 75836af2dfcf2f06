import { and, eq, notInArray } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import type { Tx } from '../db/client';
import { envelopes } from '../db/schema';
import { AppError } from '../errors';
import { buildContractRecipients, RecipientError } from './build-recipients';
import { createEnvelope, MAX_DOCUMENTS } from './create-envelope';
import { loadContractContext, type ContractContext } from './load-contract-context';
import { failedPrecondition, type EnvelopeOrigin } from './preconditions';
import { renderContractDocuments, renderStandaloneTermDocuments } from './render-contract-documents';
import { supersedeContractEnvelopes } from './supersede-contract-envelopes';

export type ContractEnvelopeInput = {
  contractId: string;
  origin: EnvelopeOrigin;
  serviceOrderId?: string;
  /** For origin standalone_term: which of the contract's terms go out. */
  contractTermIds?: string[];
};

const refuse = (message: string) => new AppError('INVALID_STATE', { userMessage: message });

/** Checks the preconditions and builds the recipients; a failure says which rule and where to fix it. */
export function planContractEnvelope(ctx: ContractContext, origin: EnvelopeOrigin) {
  const failed = failedPrecondition(ctx, origin);
  if (failed) throw refuse(failed);
  try {
    return buildContractRecipients(ctx);
  } catch (err) {
    if (err instanceof RecipientError) throw refuse(err.message);
    throw err;
  }
}

/**
 * The four ways an envelope is born from a contract (reference 000): on contract save, by hand,
 * from a service order, and a standalone term. Runs in the caller's transaction.
 */
export async function createEnvelopeForContract(tx: Tx, actor: Actor, input: ContractEnvelopeInput) {
  const ctx = await loadContractContext(tx, actor.accountId, input.contractId);
  const recipients = planContractEnvelope(ctx, input.origin);

  let documents;
  let name;
  if (input.origin === 'standalone_term') {
    const ids = input.contractTermIds ?? [];
    documents = await renderStandaloneTermDocuments(ctx, ids);
    if (documents.length === 0) throw refuse('Nenhum termo pendente de assinatura foi escolhido para envio.');
    name = `${documents.length === 1 ? documents[0].name : `${documents.length} termos`} — contrato ${ctx.contract.number} — ${ctx.customer.name}`;
  } else {
    documents = await renderContractDocuments(ctx);
    name = `Contrato ${ctx.contract.number} — ${ctx.customer.name}`;
    await supersedeContractEnvelopes(tx, actor, ctx.contract.id);
  }
  if (documents.length > MAX_DOCUMENTS) {
    throw refuse(`Um documento de assinatura aceita no máximo ${MAX_DOCUMENTS} arquivos; este teria ${documents.length}.`);
  }

  return createEnvelope(tx, actor, {
    name,
    origin: input.origin,
    contractId: ctx.contract.id,
    serviceOrderId: input.serviceOrderId ?? null,
    branchId: ctx.branch.id,
    integration: ctx.integration!,
    documents,
    recipients,
  });
}

/** Envelopes of a contract that still count (not declined, expired or cancelled). */
export async function liveContractEnvelopes(tx: Tx, accountId: string, contractId: string) {
  return tx
    .select({ id: envelopes.id, status: envelopes.status, origin: envelopes.origin })
    .from(envelopes)
    .where(
      and(
        eq(envelopes.accountId, accountId),
        eq(envelopes.contractId, contractId),
        notInArray(envelopes.status, ['declined', 'expired', 'cancelled']),
      ),
    );
}
