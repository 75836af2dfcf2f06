import 'server-only';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { now } from '../clock';
import { getDb } from '../db/client';
import { envelopeForStandaloneTerms } from '../envelopes/envelope-for-standalone-terms';
import { contractTemplates, contractTerms } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { lockContract } from './contract-record';
import type { AddTermInput } from './schemas';

/** Attaches a term to a contract; "Assinado: Não" means it still needs a signature (sent as a standalone term). */
export async function addContractTerm(actor: Actor, input: AddTermInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const contract = await lockContract(tx, actor.accountId, input.contractId);
    const [term] = await tx
      .select({ id: contractTemplates.id, name: contractTemplates.name, active: contractTemplates.active })
      .from(contractTemplates)
      .where(
        and(
          eq(contractTemplates.id, input.termTemplateId),
          eq(contractTemplates.accountId, actor.accountId),
          eq(contractTemplates.kind, 'term'),
        ),
      );
    if (!term || !term.active) {
      throw new AppError('INVALID_INPUT', {
        userMessage: 'Corrija os campos destacados.',
        fields: { termTemplateId: [term ? 'Este termo está inativo.' : 'Termo não encontrado nesta conta.'] },
      });
    }
    const [row] = await tx
      .insert(contractTerms)
      .values({
        accountId: actor.accountId,
        contractId: contract.id,
        termTemplateId: term.id,
        signed: input.signed,
        signedAt: input.signed ? now() : null,
      })
      .returning({ id: contractTerms.id });
    await recordActivity(tx, actor, {
      action: 'contract.term_added',
      entityType: 'contract',
      entityId: contract.id,
      summary: `Incluiu o termo ${term.name} no contrato nº ${contract.number} (assinado: ${input.signed ? 'sim' : 'não'})`,
      details: { contractTermId: row.id, termTemplateId: term.id, signed: input.signed },
    });
    const envelope = input.signed
      ? ({ created: false, reason: null } as const)
      : await envelopeForStandaloneTerms(tx, actor, { contractId: contract.id, contractTermIds: [row.id] });
    return { contractTermId: row.id, envelope };
  });
}
