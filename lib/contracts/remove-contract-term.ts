import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractTemplates, contractTerms } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { lockContract } from './contract-record';
import type { RemoveTermInput } from './schemas';

/** Removes a term from a contract. Envelopes already made with it keep their own copy of the document. */
export async function removeContractTerm(actor: Actor, input: RemoveTermInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const contract = await lockContract(tx, actor.accountId, input.contractId);
    const [row] = await tx
      .delete(contractTerms)
      .where(
        and(eq(contractTerms.id, input.contractTermId), eq(contractTerms.contractId, contract.id), eq(contractTerms.accountId, actor.accountId)),
      )
      .returning({ id: contractTerms.id, termTemplateId: contractTerms.termTemplateId, signed: contractTerms.signed });
    if (!row) throw new AppError('NOT_FOUND', { userMessage: 'Termo não encontrado neste contrato.' });
    const [template] = await tx
      .select({ name: contractTemplates.name })
      .from(contractTemplates)
      .where(and(eq(contractTemplates.id, row.termTemplateId), eq(contractTemplates.accountId, actor.accountId)));
    await recordActivity(tx, actor, {
      action: 'contract.term_removed',
      entityType: 'contract',
      entityId: contract.id,
      summary: `Retirou o termo ${template?.name ?? ''} do contrato nº ${contract.number}`.replace('  ', ' '),
      details: { contractTermId: row.id, signed: row.signed },
    });
  });
}
