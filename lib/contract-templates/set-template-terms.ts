import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb } from '../db/client';
import { contractTemplates, templateTerms } from '../db/schema';
import { AppError, forbidden } from '../errors';
import type { SetTemplateTermsInput } from './schemas';
import { kindEntity, lockTemplate } from './template-rules';

/**
 * Which terms a contract template carries, in this order (the whole list each time). Only terms of
 * the same account may be carried; an id of another account reads as "not found", like any other.
 */
export async function setTemplateTerms(actor: Actor, input: SetTemplateTermsInput) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const template = await lockTemplate(tx, actor, input.templateId);
    if (template.kind !== 'contract') {
      throw new AppError('INVALID_STATE', { userMessage: 'Só modelos de contrato levam termos; um termo não leva outros termos.' });
    }
    const before = await tx
      .select({ termId: templateTerms.termId })
      .from(templateTerms)
      .where(eq(templateTerms.templateId, template.id))
      .orderBy(asc(templateTerms.position));
    const found = input.termIds.length
      ? await tx
          .select({ id: contractTemplates.id, name: contractTemplates.name, kind: contractTemplates.kind })
          .from(contractTemplates)
          .where(and(eq(contractTemplates.accountId, actor.accountId), inArray(contractTemplates.id, input.termIds)))
      : [];
    const byId = new Map(found.map((t) => [t.id, t]));
    const missing = input.termIds.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      throw new AppError('NOT_FOUND', { userMessage: 'Termo não encontrado nesta conta.', fields: { termIds: ['Termo não encontrado nesta conta.'] } });
    }
    const notTerms = found.filter((t) => t.kind !== 'term');
    if (notTerms.length > 0) {
      const message = `${notTerms.map((t) => t.name).join(', ')} é um modelo de contrato, não um termo.`;
      throw new AppError('INVALID_INPUT', { userMessage: message, fields: { termIds: [message] } });
    }

    await tx.delete(templateTerms).where(eq(templateTerms.templateId, template.id));
    if (input.termIds.length > 0) {
      await tx.insert(templateTerms).values(input.termIds.map((termId, position) => ({ templateId: template.id, termId, position })));
    }
    const names = input.termIds.map((id) => byId.get(id)!.name);
    await recordActivity(tx, actor, {
      action: 'contract_template.terms_set',
      entityType: kindEntity.contract,
      entityId: template.id,
      summary: names.length
        ? `Definiu os termos do modelo de contrato ${template.name}: ${names.join(', ')}`
        : `Retirou todos os termos do modelo de contrato ${template.name}`,
      details: { from: before.map((b) => b.termId), to: input.termIds },
    });
  });
}
