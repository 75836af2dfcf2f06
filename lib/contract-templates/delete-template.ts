import 'server-only';
import { and, asc, count, eq, inArray, or } from 'drizzle-orm';
import { recordActivity } from '../activity/record-activity';
import type { Actor } from '../auth/actor';
import { hasRole } from '../auth/roles';
import { getDb, type Tx } from '../db/client';
import { contractTemplates, contractTerms, contracts, templateTerms } from '../db/schema';
import { AppError, forbidden } from '../errors';
import { kindEntity, kindNoun, lockTemplate } from './template-rules';

const SHOWN = 5;
const list = new Intl.ListFormat('pt-BR', { style: 'long', type: 'conjunction' });

/** "2026/000001, 2026/000002 e mais 3 contratos" */
function describeContracts(numbers: string[], total: number) {
  const rest = total - numbers.length;
  return rest > 0 ? `${numbers.join(', ')} e mais ${rest} ${rest === 1 ? 'contrato' : 'contratos'}` : list.format(numbers);
}

/** Contracts generated from the template or carrying it as a term: the first numbers and how many. */
async function contractsUsing(tx: Tx, accountId: string, templateId: string) {
  const asTerm = tx
    .select({ contractId: contractTerms.contractId })
    .from(contractTerms)
    .where(and(eq(contractTerms.accountId, accountId), eq(contractTerms.termTemplateId, templateId)));
  const where = and(eq(contracts.accountId, accountId), or(eq(contracts.templateId, templateId), inArray(contracts.id, asTerm)));
  const [{ total }] = await tx.select({ total: count() }).from(contracts).where(where);
  if (total === 0) return { total, numbers: [] as string[] };
  const rows = await tx.select({ number: contracts.number }).from(contracts).where(where).orderBy(asc(contracts.number)).limit(SHOWN);
  return { total, numbers: rows.map((r) => r.number) };
}

/**
 * Refused while a contract was generated from it (or carries it as a term) and while a contract
 * template carries it as a term: the message names them. The uploaded PDF's blob stays: blobs are
 * shared by content, and another template may hold the same file.
 */
export async function deleteTemplate(actor: Actor, input: { templateId: string }) {
  if (!hasRole(actor.role, 'operator')) throw forbidden();
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await lockTemplate(tx, actor, input.templateId);
    const noun = kindNoun[row.kind];
    const carriers =
      row.kind === 'term'
        ? await tx
            .select({ name: contractTemplates.name })
            .from(templateTerms)
            .innerJoin(contractTemplates, eq(contractTemplates.id, templateTerms.templateId))
            .where(and(eq(templateTerms.termId, row.id), eq(contractTemplates.accountId, actor.accountId)))
            .orderBy(asc(contractTemplates.name))
        : [];
    if (carriers.length > 0) {
      const names = list.format(carriers.map((c) => c.name));
      throw new AppError('CONFLICT', {
        userMessage: `O termo ${row.name} faz parte ${carriers.length === 1 ? 'do modelo de contrato' : 'dos modelos de contrato'} ${names}. Retire-o ${carriers.length === 1 ? 'desse modelo' : 'desses modelos'} antes de excluir.`,
      });
    }
    const used = await contractsUsing(tx, actor.accountId, row.id);
    if (used.total > 0) {
      throw new AppError('CONFLICT', {
        userMessage: `O ${noun} ${row.name} é usado ${used.total === 1 ? 'pelo contrato' : 'pelos contratos'} ${describeContracts(used.numbers, used.total)}. Desative-o para que não seja mais escolhido.`,
      });
    }
    await tx.delete(contractTemplates).where(and(eq(contractTemplates.id, row.id), eq(contractTemplates.accountId, actor.accountId)));
    await recordActivity(tx, actor, {
      action: `${kindEntity[row.kind]}.deleted`,
      entityType: kindEntity[row.kind],
      entityId: row.id,
      summary: `Excluiu o ${noun} ${row.name}`,
      details: { format: row.format },
    });
  });
}
